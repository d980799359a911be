import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { AdminConsoleLink } from "../admin/admin-console-link.tsx";
import { Icon } from "../app/icons.tsx";
import { Popover } from "../app/popover.tsx";
import { PreferencesMenu } from "../app/preferences-menu.tsx";
import { MemoryButton } from "../memory/memory-button.tsx";
import { useMe, useSession } from "../session/session-context.tsx";

/** Who is signed in, where, language and theme, and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const name = me.user?.name || me.user?.email || "";
  const initials = name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join("");
  return (
    <Popover
      className="account-menu"
      label={t("account.label")}
      button={
        <span className="avatar" aria-hidden="true">
          {initials || <Icon name="user" size={16} />}
        </span>
      }
    >
      <div className="account-menu__who">
        <p className="account-menu__name">{me.user?.name}</p>
        <p className="account-menu__email">{me.user?.email}</p>
        <p className="account-menu__tenant">
          {me.tenant.name}
          {me.role ? ` · ${t(`account.roles.${me.role}`)}` : ""}
        </p>
      </div>
      <a className="button button--ghost button--block" href="/account" onClick={followInApp}>
        {t("accountPage.settingsLink")}
      </a>
      <AdminConsoleLink />
      <MemoryButton />
      <PreferencesMenu />
      <button type="button" className="button button--secondary button--block" onClick={() => void signOut()}>
        {t("account.signOut")}
      </button>
    </Popover>
  );
}
