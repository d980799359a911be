import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { TextField } from "../../app/text-field.tsx";
import { type MemberRole, memberRoles } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { SelectField } from "../select-field.tsx";
import { useAction } from "../use-action.ts";

/** The kinds of sign-in provider the API accepts (identity provider `kind` in /v1/openapi.json). */
export const signInProviderKinds = ["oidc", "google", "entra", "github"] as const;
type Kind = (typeof signInProviderKinds)[number];

/** Adds a sign-in provider; the client secret is write-only, like a model provider's key. */
export function SignInProviderForm({ onAdded, onCancel }: { onAdded(name: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [kind, setKind] = useState<Kind>("oidc");
  const [name, setName] = useState("");
  const [issuer, setIssuer] = useState("");
  const [directory, setDirectory] = useState("");
  const [clientId, setClientId] = useState("");
  const [clientSecret, setClientSecret] = useState("");
  const [jit, setJit] = useState(false);
  const [defaultRole, setDefaultRole] = useState<MemberRole>("viewer");
  const [domains, setDomains] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const allowedDomains = domains
      .split(",")
      .map((domain) => domain.trim())
      .filter(Boolean);
    const body = {
      kind,
      name: name.trim(),
      clientId: clientId.trim(),
      clientSecret,
      jitProvisioning: jit,
      defaultRole,
      allowedDomains,
      ...((kind === "oidc" || (kind === "github" && issuer.trim())) && { issuer: issuer.trim() }),
      ...(kind === "entra" && { directoryTenantId: directory.trim() }),
    };
    if (!(await run(() => api.post("/v1/identity-providers", body), body.name))) return;
    setClientSecret("");
    onAdded(body.name);
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="admin-idp-form"
    >
      <h2 id="admin-idp-form">{t("admin.signIn.addHeading")}</h2>
      <div className="admin-form__grid">
        <SelectField
          label={t("admin.signIn.kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
        >
          {signInProviderKinds.map((entry) => (
            <option key={entry} value={entry}>
              {t(`admin.signIn.kinds.${entry}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("admin.signIn.name")}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        {(kind === "oidc" || kind === "github") && (
          <TextField
            label={kind === "oidc" ? t("admin.signIn.issuer") : t("admin.signIn.issuerGithub")}
            type="url"
            required={kind === "oidc"}
            value={issuer}
            onChange={(event) => setIssuer(event.target.value)}
          />
        )}
        {kind === "entra" && (
          <TextField
            label={t("admin.signIn.directory")}
            required
            value={directory}
            onChange={(event) => setDirectory(event.target.value)}
          />
        )}
        <TextField
          label={t("admin.signIn.clientId")}
          required
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
        />
        <TextField
          label={t("admin.signIn.clientSecret")}
          type="password"
          autoComplete="new-password"
          required
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
        />
        <SelectField
          label={t("admin.signIn.defaultRole")}
          value={defaultRole}
          onChange={(event) => setDefaultRole(event.target.value as MemberRole)}
        >
          {memberRoles.map((role) => (
            <option key={role} value={role}>
              {t(`account.roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("admin.signIn.domains")}
          value={domains}
          onChange={(event) => setDomains(event.target.value)}
        />
      </div>
      <label className="admin-check">
        <input type="checkbox" checked={jit} onChange={(event) => setJit(event.target.checked)} />
        {t("admin.signIn.jit")}
      </label>
      <p className="admin-muted admin-hint">{t("admin.signIn.secretHint")}</p>
      <FormActions
        outcome={outcome?.tone === "failed" ? outcome : null}
        busy={busy}
        submitLabel={t("admin.signIn.addSubmit")}
        onCancel={onCancel}
      />
    </form>
  );
}
