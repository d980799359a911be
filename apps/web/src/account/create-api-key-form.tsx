import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { TextField } from "../app/text-field.tsx";
import { useMe } from "../session/session-context.tsx";
import { type CreatedApiKey, keyLifetimes } from "./api-key.ts";
import { FormError } from "./form-error.tsx";
import { useFormAction } from "./use-form-action.ts";

/** Name and lifetime of a new personal key; it gets the permissions of the person's role. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const { busy, error, submit } = useFormAction();
  const [name, setName] = useState("");
  const [lifetime, setLifetime] = useState<string>("90");

  const create = async () => {
    const created = await api.post<CreatedApiKey>("/v1/api-keys", {
      name: name.trim(),
      kind: "personal",
      scopes: me.permissions,
      ...(lifetime === "never" ? {} : { expiresInDays: Number(lifetime) }),
    });
    setName("");
    onCreated(created);
  };

  return (
    <form className="account__form" onSubmit={submit(create)} noValidate>
      <FormError message={error} />
      <div className="account__form-row">
        <TextField
          label={t("accountPage.apiKeys.name")}
          name="key-name"
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label className="field">
          <span className="field__label">{t("accountPage.apiKeys.expiry")}</span>
          <select value={lifetime} onChange={(event) => setLifetime(event.target.value)}>
            {keyLifetimes.map((days) => (
              <option key={days ?? "never"} value={days ?? "never"}>
                {days === null
                  ? t("accountPage.apiKeys.never")
                  : t("accountPage.apiKeys.expiryDays", { count: days })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="account__muted">{t("accountPage.apiKeys.access")}</p>
      <div>
        <button type="submit" className="button button--primary" disabled={busy || name.trim() === ""}>
          {busy ? t("accountPage.apiKeys.creating") : t("accountPage.apiKeys.create")}
        </button>
      </div>
    </form>
  );
}
