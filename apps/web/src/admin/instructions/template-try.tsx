import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { useErrorText } from "../../api/use-error-text.ts";
import type { PromptTemplate } from "../admin-types.ts";
import { StatusMessage } from "../status-message.tsx";

/** Fills a template's variables and shows the text the server renders from them. */
export function TemplateTry({ template, onClose }: { template: PromptTemplate; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<string, string>>({});
  const [rendered, setRendered] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const variables = Object.fromEntries(
        template.variables.map((variable) => [variable.name, values[variable.name] ?? ""]),
      );
      const answer = await api.post<{ text: string }>(`/v1/prompts/templates/${template.id}/render`, {
        variables,
      });
      setRendered(answer.text);
    } catch (error) {
      setRendered(null);
      setFailure(errorText(error));
    }
  };

  const headingId = `template-try-${template.id}`;
  return (
    <form
      className="admin-subcard admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t("admin.instructions.tryHeading", { name: template.name })}</h3>
      {template.variables.length === 0 && (
        <p className="admin-muted">{t("admin.instructions.noVariables")}</p>
      )}
      {template.variables.map((variable) => (
        <label key={variable.name} className="field">
          <span className="field__label">
            <code>{`{{${variable.name}}}`}</code>
            {variable.description ? ` — ${variable.description}` : ""}
          </span>
          <input
            value={values[variable.name] ?? ""}
            onChange={(event) =>
              setValues((current) => ({ ...current, [variable.name]: event.target.value }))
            }
          />
        </label>
      ))}
      <StatusMessage text={failure} tone="failed" />
      {rendered !== null && (
        <figure className="admin-rendered">
          <figcaption>{t("admin.instructions.rendered")}</figcaption>
          <pre>{rendered}</pre>
        </figure>
      )}
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary">
          {t("admin.instructions.render")}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t("admin.close")}
        </button>
      </div>
    </form>
  );
}
