import { useTranslation } from "react-i18next";
import { PrivacyPolicyForm } from "./privacy-policy-form.tsx";
import { SystemPromptForm } from "./system-prompt-form.tsx";
import { TemplatesSection } from "./templates-section.tsx";

/** Instructions and privacy: the tenant's system prompt, its prompt templates and its privacy policy. */
export default function InstructionsSection() {
  const { t } = useTranslation();
  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.instructions.title")}</h1>
        <p className="admin-muted">{t("admin.sections.instructions.description")}</p>
      </div>
      <SystemPromptForm />
      <TemplatesSection />
      <PrivacyPolicyForm />
    </>
  );
}
