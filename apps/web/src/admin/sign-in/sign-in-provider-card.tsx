import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import type { SignInProvider } from "../admin-types.ts";
import { ConnectionCard } from "../connection-card.tsx";

/** One sign-in provider: whether a secret is stored (never the secret), enable/disable and delete. */
export function SignInProviderCard({
  provider,
  onChanged,
}: {
  provider: SignInProvider;
  onChanged(text: string): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <ConnectionCard
      id={provider.id}
      name={provider.name}
      kindLabel={t(`admin.signIn.kinds.${provider.kind}`, provider.kind)}
      secretLabel={provider.hasClientSecret ? t("admin.signIn.secretSet") : t("admin.signIn.noSecret")}
      secretStored={provider.hasClientSecret}
      enabled={provider.enabled}
      deleteQuestion={t("admin.signIn.confirmDelete", { name: provider.name })}
      onToggle={() => api.patch(`/v1/identity-providers/${provider.id}`, { enabled: !provider.enabled })}
      onDelete={() => api.delete(`/v1/identity-providers/${provider.id}`)}
      onChanged={onChanged}
    >
      {provider.issuer && (
        <p className="admin-muted">
          <code>{provider.issuer}</code>
        </p>
      )}
      <p className="admin-muted admin-hint">
        {provider.jitProvisioning
          ? t("admin.signIn.details", {
              clientId: provider.clientId,
              role: t(`account.roles.${provider.defaultRole}`),
              domains: provider.allowedDomains.join(", ") || t("admin.signIn.anyDomain"),
            })
          : t("admin.signIn.jitOff")}
      </p>
    </ConnectionCard>
  );
}
