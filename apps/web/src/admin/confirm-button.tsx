import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A destructive action that asks first, in place: the button turns into the question with the action and
 * Cancel, so nothing goes by a single stray click.
 */
export function ConfirmButton({
  label,
  namedLabel,
  question,
  busy = false,
  onConfirm,
}: {
  label: string;
  /** The button's accessible name, naming what it acts on ("Remove Dev Patel"). */
  namedLabel: string;
  question: string;
  busy?: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--ghost button--small admin-danger"
        aria-label={namedLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="admin-confirm">
      <span>{question}</span>
      <button
        type="button"
        className="button button--primary button--small admin-danger-fill"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {label}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
        {t("common.cancel")}
      </button>
    </span>
  );
}
