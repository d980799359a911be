import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { useErrorText } from "../api/use-error-text.ts";
import { useMe } from "../session/session-context.tsx";
import "./tenants.css";

/**
 * The active organization in the header; a select for people who belong to several. Switching moves the session
 * (POST /v1/me/tenant) and reloads the app at its start page: every list on screen belonged to the old tenant.
 */
export function TenantSwitcher() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const errorText = useErrorText();
  const [switching, setSwitching] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (me.tenants.length < 2) return <span className="topbar__tenant">{me.tenant.name}</span>;

  const switchTo = async (slug: string) => {
    const target = me.tenants.find((tenant) => tenant.slug === slug);
    if (!target || slug === me.tenant.slug) return;
    setSwitching(target.name);
    setError(null);
    try {
      await api.post("/v1/me/tenant", { tenant: slug });
      location.assign("/");
    } catch (failure) {
      setSwitching(null);
      setError(errorText(failure));
    }
  };

  return (
    <span className="tenant-switcher">
      <select
        className="tenant-switcher__select"
        aria-label={t("tenants.label")}
        title={t("tenants.label")}
        value={me.tenant.slug}
        disabled={switching !== null}
        onChange={(event) => void switchTo(event.target.value)}
      >
        {me.tenants.map((tenant) => (
          <option key={tenant.slug} value={tenant.slug}>
            {tenant.name}
          </option>
        ))}
      </select>
      <span className="visually-hidden" role="status">
        {switching ? t("tenants.switching", { name: switching }) : ""}
      </span>
      {error && (
        <span className="tenant-switcher__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
