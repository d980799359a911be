import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { useMe } from "../session/session-context.tsx";
import { adminPath, canUseConsole } from "./admin-sections.ts";

/** The way into the admin console, shown only to callers who may use it (admins and managers). */
export function AdminConsoleLink() {
  const { t } = useTranslation();
  const me = useMe();
  if (!canUseConsole(me) || location.pathname.startsWith(adminPath())) return null;
  return (
    <a className="button button--ghost button--block" href={adminPath()} onClick={followInApp}>
      {t("admin.open")}
    </a>
  );
}
