import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { PennyMark } from "../app/penny-mark.tsx";
import { TenantSwitcher } from "../tenants/tenant-switcher.tsx";
import { AccountMenu } from "../workbench/account-menu.tsx";
import { ApiKeysSection } from "./api-keys-section.tsx";
import { followInApp } from "./follow-in-app.ts";
import { MfaSection } from "./mfa-section.tsx";
import { PasswordSection } from "./password-section.tsx";
import { ProfileSection } from "./profile-section.tsx";
import { SessionsSection } from "./sessions-section.tsx";
import "./account.css";

/** The signed-in person's own page: who they are, their password, two-factor authentication, API keys and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const headingId = useId();
  useEffect(() => {
    document.title = `${t("accountPage.title")} · Penny`;
  }, [t]);

  return (
    <div className="account">
      <header className="topbar">
        <a className="button button--ghost account__back" href="/" onClick={followInApp}>
          <Icon name="chevronLeft" />
          <span className="account__back-label">{t("accountPage.back")}</span>
        </a>
        <span className="topbar__brand account__brand">
          <PennyMark className="topbar__mark" />
          <span className="topbar__name">Penny</span>
          <TenantSwitcher />
        </span>
        <span className="account__spacer" />
        <AccountMenu />
      </header>
      <main className="account__main" aria-labelledby={headingId}>
        <h1 id={headingId}>{t("accountPage.title")}</h1>
        <ProfileSection />
        <PasswordSection />
        <MfaSection />
        <ApiKeysSection />
        <SessionsSection />
      </main>
    </div>
  );
}
