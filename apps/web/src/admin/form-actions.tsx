import { useTranslation } from "react-i18next";
import { StatusMessage } from "./status-message.tsx";
import type { Outcome } from "./use-action.ts";

/** The foot of a form: what the last save came to, the submit button (busy while saving) and, if given, Cancel. */
export function FormActions({
  outcome,
  busy,
  submitLabel,
  disabled = false,
  onCancel,
}: {
  outcome: Outcome;
  busy: boolean;
  submitLabel: string;
  disabled?: boolean;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || disabled}>
          {busy ? t("admin.saving") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </>
  );
}
