import { useTranslation } from "react-i18next";
import { useMe } from "../session/session-context.tsx";
import { useTenantTheme } from "./tenant-theme-context.tsx";
import "./tenant-logo.css";

/** The tenant's logo in the header, when it has one (an <img>: an image cannot run script whatever it holds). */
export function TenantLogo() {
  const { t } = useTranslation();
  const me = useMe();
  const { theme } = useTenantTheme();
  if (!theme?.logo) return null;
  return (
    <img
      className="tenant-logo"
      src={theme.logo.url}
      alt={t("tenantTheme.logoAlt", { tenant: me.tenant.name })}
    />
  );
}
