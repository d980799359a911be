import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/use-format.ts";
import type { ApprovalRequest as Request } from "./penny-message.ts";

/**
 * The decision on a tool call that needs a person: Approve, Deny, or edit the arguments (JSON, checked against the
 * tool's schema by the server) and approve those.
 */
export function ApprovalRequest(props: {
  request: Request | undefined;
  input: unknown;
  disabled: boolean;
  onDecide: (decision: { approved: boolean; editedArguments?: Record<string, unknown> }) => void;
}) {
  const { request, input, disabled, onDecide } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => JSON.stringify(request?.arguments ?? input ?? {}, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();
  const summaryId = useId();

  const approveEdited = (event: FormEvent) => {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setProblem(t("approval.invalidJson"));
      return;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      setProblem(t("approval.notAnObject"));
      return;
    }
    onDecide({ approved: true, editedArguments: parsed as Record<string, unknown> });
  };

  return (
    <fieldset className="approval" aria-describedby={request?.summary ? summaryId : undefined}>
      <legend className="approval__question">{t("approval.question")}</legend>
      {request?.summary && (
        <p className="approval__summary" id={summaryId}>
          <span className="approval__summary-label">{t("approval.willDo")}</span> {request.summary}
        </p>
      )}
      {request?.expiresAt && (
        <p className="approval__expiry">
          {t("approval.expires", { time: format.dateTime(request.expiresAt) })}
        </p>
      )}
      {editing ? (
        <form onSubmit={approveEdited}>
          <label className="field" htmlFor={fieldId}>
            <span className="field__label">{t("approval.argumentsJson")}</span>
          </label>
          <textarea
            id={fieldId}
            className="approval__editor"
            rows={6}
            value={text}
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
          {problem && (
            <p className="form-error" id={problemId}>
              {problem}
            </p>
          )}
          <div className="approval__actions">
            <button type="submit" className="button button--primary" disabled={disabled}>
              {t("approval.approveEdited")}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="approval__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={disabled}
            onClick={() => onDecide({ approved: true })}
          >
            {t("approval.approve")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={disabled}
            onClick={() => onDecide({ approved: false })}
          >
            {t("approval.deny")}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={disabled}
            onClick={() => setEditing(true)}
          >
            {t("approval.edit")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
