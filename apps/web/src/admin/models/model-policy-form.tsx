import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import type { ModelPolicy, ModelProvider } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { SelectField } from "../select-field.tsx";
import { useAction } from "../use-action.ts";

/** The model the built-in fallback answers as; always there, whatever the providers. */
const BUILTIN_MODEL_ID = "builtin";

/** Which model answers by default, and whether hosted (external) models may be used at all. */
export function ModelPolicyForm({ policy, providers }: { policy: ModelPolicy; providers: ModelProvider[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [defaultModel, setDefaultModel] = useState(policy.defaultModel ?? "");
  const [externalAllowed, setExternalAllowed] = useState(policy.externalAllowed);
  useEffect(() => {
    setDefaultModel(policy.defaultModel ?? "");
    setExternalAllowed(policy.externalAllowed);
  }, [policy]);

  const choices = providers.flatMap((provider) =>
    provider.models.map((model) => ({
      id: `${provider.name}/${model.id}`,
      label: `${provider.name} · ${model.label ?? model.id}`,
      local: model.local,
    })),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      () => api.put("/v1/models/policy", { defaultModel: defaultModel || undefined, externalAllowed }),
      t("admin.saved"),
    );
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="admin-model-policy"
    >
      <h2 id="admin-model-policy">{t("admin.models.policyHeading")}</h2>
      <SelectField
        label={t("admin.models.defaultModel")}
        value={defaultModel}
        onChange={(event) => setDefaultModel(event.target.value)}
      >
        <option value="">{t("admin.models.firstAvailable")}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
            {choice.local ? "" : ` (${t("admin.models.external")})`}
          </option>
        ))}
        <option value={BUILTIN_MODEL_ID}>{t("models.builtin")}</option>
      </SelectField>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={externalAllowed}
          onChange={(event) => setExternalAllowed(event.target.checked)}
        />
        {t("admin.models.externalAllowed")}
      </label>
      <p className="admin-muted admin-hint">{t("admin.models.externalHint")}</p>
      <FormActions outcome={outcome} busy={busy} submitLabel={t("admin.models.savePolicy")} />
    </form>
  );
}
