import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import type { Integration } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { useAction } from "../use-action.ts";
import { bodyValues, initialValues, type SchemaField, schemaFields } from "./schema-fields.ts";

const inputTypes = { text: "text", url: "url", email: "email", secret: "password" } as const;

/**
 * Connects an integration (or replaces its settings) with a form made from its JSON Schemas: settings start from
 * what is saved, credentials are password inputs that always start empty, since the API never returns them.
 */
export function IntegrationForm({
  integration,
  onSaved,
  onCancel,
}: {
  integration: Integration;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const { busy, outcome, run } = useAction();
  const config = useMemo(() => schemaFields(integration.configSchema, false), [integration.configSchema]);
  const credentials = useMemo(
    () => schemaFields(integration.credentialsSchema, true),
    [integration.credentialsSchema],
  );
  const [values, setValues] = useState(() => ({
    ...initialValues(config, integration.connection?.config),
    ...initialValues(credentials, undefined),
  }));
  const set = (name: string, value: string | boolean) =>
    setValues((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { config: bodyValues(config, values), credentials: bodyValues(credentials, values) };
    const saved = await run(
      () => api.put(`/v1/integrations/${integration.id}/connection`, body),
      t("admin.integrations.saved", { name: integration.name }),
    );
    if (saved) onSaved();
  };

  const heading = integration.connection
    ? t("admin.integrations.changeHeading", { name: integration.name })
    : t("admin.integrations.connectHeading", { name: integration.name });
  return (
    <form
      className="admin-subcard admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <h4 id={headingId}>{heading}</h4>
      <div className="admin-form__grid">
        {[...config, ...credentials]
          .filter((field) => field.kind !== "boolean")
          .map((field) => (
            <SchemaInput
              key={field.name}
              field={field}
              value={values[field.name]}
              onChange={(value) => set(field.name, value)}
            />
          ))}
      </div>
      {config
        .filter((field) => field.kind === "boolean")
        .map((field) => (
          <SchemaInput
            key={field.name}
            field={field}
            value={values[field.name]}
            onChange={(value) => set(field.name, value)}
          />
        ))}
      <p className="admin-muted admin-hint">{t("admin.integrations.credentialsHint")}</p>
      <FormActions
        outcome={outcome?.tone === "failed" ? outcome : null}
        busy={busy}
        submitLabel={t("admin.integrations.save")}
        onCancel={onCancel}
      />
    </form>
  );
}

/** One schema property as a labelled input, its description linked as the input's hint. */
function SchemaInput({
  field,
  value,
  onChange,
}: {
  field: SchemaField;
  value: string | boolean | undefined;
  onChange(value: string | boolean): void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const label = t(`admin.integrations.fields.${field.name}.label`, { defaultValue: humanName(field.name) });
  const description = t(`admin.integrations.fields.${field.name}.description`, {
    defaultValue: field.description ?? "",
  });
  const hint = description ? (
    <span id={hintId} className="admin-muted admin-hint">
      {description}
    </span>
  ) : null;
  if (field.kind === "boolean") {
    return (
      <div>
        <label className="admin-check">
          <input
            type="checkbox"
            checked={value === true}
            aria-describedby={hint ? hintId : undefined}
            onChange={(event) => onChange(event.target.checked)}
          />
          {label}
        </label>
        {hint}
      </div>
    );
  }
  return (
    <div>
      <TextField
        label={label}
        type={inputTypes[field.kind]}
        required={field.required}
        maxLength={field.maxLength}
        autoComplete={field.kind === "secret" ? "new-password" : "off"}
        aria-describedby={hint ? hintId : undefined}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint}
    </div>
  );
}

/** "siteUrl" → "Site url": a readable label for a property no message names yet. */
function humanName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
