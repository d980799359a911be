import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { IdentityProviderButton } from "../api/types.ts";

/**
 * "Sign in with …" for the tenant's enabled identity providers. Each is a plain link: the server answers with a
 * redirect to the provider and brings the browser back signed in.
 */
export function IdentityProviderButtons({
  tenantSlug,
  redirectTo,
}: {
  tenantSlug: string;
  redirectTo: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [providers, setProviders] = useState<IdentityProviderButton[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ providers: IdentityProviderButton[] }>(
        `/v1/auth/oidc/${encodeURIComponent(tenantSlug)}/providers`,
        {
          signal: controller.signal,
        },
      )
      .then((answer) => setProviders(answer.providers))
      // An unknown tenant slug simply has no buttons; the password form still works.
      .catch(() => setProviders([]));
    return () => controller.abort();
  }, [api, tenantSlug]);

  if (providers.length === 0) return null;
  const query = new URLSearchParams({ redirectTo }).toString();
  return (
    <div className="sign-in__providers">
      <p className="sign-in__divider">
        <span>{t("signIn.or")}</span>
      </p>
      <ul>
        {providers.map((provider) => (
          <li key={provider.id}>
            <a
              className="button button--secondary button--block"
              href={`/v1/auth/oidc/${encodeURIComponent(tenantSlug)}/${provider.id}/start?${query}`}
            >
              {t("signIn.withProvider", { name: provider.name })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
