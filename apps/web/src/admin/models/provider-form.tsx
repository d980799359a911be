import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import { FormActions } from "../form-actions.tsx";
import { SelectField } from "../select-field.tsx";
import { useAction } from "../use-action.ts";
import { emptyModelRow, type ModelRow, ModelRowsEditor, modelsFromRows } from "./model-rows-editor.tsx";
import { needsBaseUrl, type ProviderKind, providerKinds } from "./provider-kinds.ts";

/**
 * Adds a provider. The API key box is write-only: what is typed is sent once and the box is emptied; the API
 * never returns a key, the list only says whether one is set.
 */
export function ProviderForm({ onAdded, onCancel }: { onAdded(name: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [kind, setKind] = useState<ProviderKind>("openai-compatible");
  const [name, setName] = useState("");
  const [baseUrl, setBaseUrl] = useState("");
  const [apiKey, setApiKey] = useState("");
  const [rows, setRows] = useState<ModelRow[]>([emptyModelRow(false)]);
  const { busy, outcome, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const provider = {
      kind,
      name: name.trim(),
      baseUrl: baseUrl.trim() || undefined,
      apiKey: apiKey || undefined,
      models: modelsFromRows(rows),
    };
    if (!(await run(() => api.post("/v1/models/providers", provider), provider.name))) return;
    setApiKey("");
    onAdded(provider.name);
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="admin-provider-form"
    >
      <h2 id="admin-provider-form">{t("admin.models.addHeading")}</h2>
      <div className="admin-form__grid">
        <SelectField
          label={t("admin.models.kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as ProviderKind)}
        >
          {providerKinds.map((entry) => (
            <option key={entry} value={entry}>
              {t(`admin.models.kinds.${entry}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("admin.models.name")}
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          label={t("admin.models.baseUrl")}
          type="url"
          required={needsBaseUrl(kind)}
          placeholder={needsBaseUrl(kind) ? "http://localhost:11434/v1" : t("admin.models.baseUrlDefault")}
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
        />
        <TextField
          label={t("admin.models.apiKey")}
          type="password"
          autoComplete="new-password"
          required={!needsBaseUrl(kind)}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
        />
      </div>
      <p className="admin-muted admin-hint">{t("admin.models.apiKeyHint")}</p>
      <ModelRowsEditor rows={rows} onChange={setRows} />
      <FormActions
        outcome={outcome?.tone === "failed" ? outcome : null}
        busy={busy}
        submitLabel={t("admin.models.addSubmit")}
        onCancel={onCancel}
      />
    </form>
  );
}
