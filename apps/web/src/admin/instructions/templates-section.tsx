import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { Icon } from "../../app/icons.tsx";
import type { PromptTemplate } from "../admin-types.ts";
import { ConfirmButton } from "../confirm-button.tsx";
import { LoadState } from "../load-state.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";
import { TemplateEditor } from "./template-editor.tsx";
import { TemplateTry } from "./template-try.tsx";

type Open = { mode: "new" } | { mode: "edit" | "try"; id: string } | null;

/** The tenant's prompt templates: list, create, edit, delete, and try a render with variables. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const api = useApi();
  const templates = useAdminQuery<{ templates: PromptTemplate[] }>("/v1/prompts/templates");
  const [open, setOpen] = useState<Open>(null);
  const { outcome, setOutcome, run } = useAction();

  const saved = (text: string) => {
    setOpen(null);
    setOutcome({ text, tone: "done" });
    templates.reload();
  };
  const remove = async (template: PromptTemplate) => {
    const deleted = await run(
      () => api.delete(`/v1/prompts/templates/${template.id}`),
      t("admin.instructions.templateDeleted", { name: template.name }),
    );
    if (deleted) templates.reload();
  };
  const isOpen = (mode: "edit" | "try", id: string) => open?.mode === mode && open.id === id;

  return (
    <section className="admin-card" aria-labelledby="admin-templates">
      <div className="admin-page__head--row">
        <h2 id="admin-templates">{t("admin.instructions.templatesHeading")}</h2>
        {open?.mode !== "new" && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setOpen({ mode: "new" })}
          >
            <Icon name="plus" size={16} />
            {t("admin.instructions.newTemplate")}
          </button>
        )}
      </div>
      <p className="admin-muted">{t("admin.instructions.templatesLead", { example: "{{customer}}" })}</p>
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
      {open?.mode === "new" && (
        <TemplateEditor
          template={null}
          onCancel={() => setOpen(null)}
          onSaved={(name) => saved(t("admin.instructions.templateSaved", { name }))}
        />
      )}
      <LoadState
        loading={templates.loading && !templates.data}
        error={templates.error}
        onRetry={templates.reload}
      />
      {templates.data?.templates.length === 0 && (
        <p className="admin-muted">{t("admin.instructions.noTemplates")}</p>
      )}
      <ul className="admin-list">
        {templates.data?.templates.map((template) => (
          <li key={template.id} className="admin-list__item">
            <div className="admin-list__row">
              <div className="admin-list__text">
                <strong>{template.name}</strong>
                {template.description && <span className="admin-muted">{template.description}</span>}
                <span className="admin-muted">
                  {template.variables.length === 0
                    ? t("admin.instructions.noVariables")
                    : template.variables.map((variable) => `{{${variable.name}}}`).join(" ")}
                </span>
              </div>
              <div className="admin-list__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t("admin.instructions.tryNamed", { name: template.name })}
                  onClick={() => setOpen({ mode: "try", id: template.id })}
                >
                  {t("admin.instructions.try")}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={t("admin.editNamed", { name: template.name })}
                  onClick={() => setOpen({ mode: "edit", id: template.id })}
                >
                  {t("admin.edit")}
                </button>
                <ConfirmButton
                  label={t("admin.delete")}
                  namedLabel={t("admin.deleteNamed", { name: template.name })}
                  question={t("admin.instructions.confirmDelete", { name: template.name })}
                  onConfirm={() => void remove(template)}
                />
              </div>
            </div>
            {isOpen("edit", template.id) && (
              <TemplateEditor
                template={template}
                onCancel={() => setOpen(null)}
                onSaved={(name) => saved(t("admin.instructions.templateSaved", { name }))}
              />
            )}
            {isOpen("try", template.id) && <TemplateTry template={template} onClose={() => setOpen(null)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
