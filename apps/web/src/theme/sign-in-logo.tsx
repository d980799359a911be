import { useState } from "react";
import { useTranslation } from "react-i18next";
import "./tenant-logo.css";

/**
 * The tenant's logo on its sign-in page, when the address names the tenant (?tenant=…) and it has one; nothing
 * otherwise (shown only once it has loaded, so a tenant without a logo leaves no broken image).
 */
export function SignInLogo({ tenantSlug }: { tenantSlug: string | undefined }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  if (!tenantSlug) return null;
  return (
    <img
      className="tenant-logo tenant-logo--sign-in"
      src={`/v1/tenants/${encodeURIComponent(tenantSlug)}/logo`}
      alt={t("tenantTheme.signInLogoAlt")}
      hidden={!loaded}
      onLoad={() => setLoaded(true)}
    />
  );
}
