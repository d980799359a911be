import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { focusOnMount } from "../../app/focus-on-mount.ts";
import type { PromptTemplate } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { useAction } from "../use-action.ts";

/** Creates a template, or changes one; its variables are the {{placeholders}} the body uses. */
export function TemplateEditor({
  template,
  onSaved,
  onCancel,
}: {
  template: PromptTemplate | null;
  onSaved(name: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [name, setName] = useState(template?.name ?? "");
  const [description, setDescription] = useState(template?.description ?? "");
  const [body, setBody] = useState(template?.body ?? "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: name.trim(), description, body };
    const saved = await run(
      () =>
        template
          ? api.patch(`/v1/prompts/templates/${template.id}`, fields)
          : api.post("/v1/prompts/templates", fields),
      fields.name,
    );
    if (saved) onSaved(fields.name);
  };

  const headingId = template ? `template-edit-${template.id}` : "template-new";
  return (
    <form
      className="admin-subcard admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {template
          ? t("admin.instructions.editTemplate", { name: template.name })
          : t("admin.instructions.newTemplate")}
      </h3>
      <label className="field">
        <span className="field__label">{t("admin.instructions.templateName")}</span>
        <input
          ref={focusOnMount}
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t("admin.instructions.templateDescription")}</span>
        <input maxLength={500} value={description} onChange={(event) => setDescription(event.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t("admin.instructions.templateBody")}</span>
        <textarea
          rows={5}
          required
          value={body}
          aria-describedby={`${headingId}-hint`}
          onChange={(event) => setBody(event.target.value)}
        />
      </label>
      <p id={`${headingId}-hint`} className="admin-muted admin-hint">
        {t("admin.instructions.templateHint", { example: "{{customer}}" })}
      </p>
      <FormActions
        outcome={outcome}
        busy={busy}
        submitLabel={t("admin.instructions.saveTemplate")}
        onCancel={onCancel}
      />
    </form>
  );
}
