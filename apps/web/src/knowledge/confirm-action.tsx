import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A destructive action that asks first, in place: the button turns into the question, the action and Cancel. */
export function ConfirmAction(props: {
  label: string;
  /** The button's accessible name, naming what it acts on ("Delete report.pdf"). */
  namedLabel: string;
  question: string;
  onConfirm: () => void;
}) {
  const { label, namedLabel, question, onConfirm } = props;
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--ghost button--small knowledge-danger"
        aria-label={namedLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="knowledge-confirm">
      <span>{question}</span>
      <button
        type="button"
        className="button button--primary button--small"
        // The question replaced the button the person pressed: keep the keyboard where it was.
        // biome-ignore lint/a11y/noAutofocus: focus moves to the confirming action the person just asked for.
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {label}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
        {t("knowledge.cancel")}
      </button>
    </span>
  );
}
