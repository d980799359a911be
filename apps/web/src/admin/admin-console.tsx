import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { Icon } from "../app/icons.tsx";
import { PennyMark } from "../app/penny-mark.tsx";
import { useMe } from "../session/session-context.tsx";
import { AccountMenu } from "../workbench/account-menu.tsx";
import { AdminHome } from "./admin-home.tsx";
import { type AdminSectionId, adminPath, sectionsFor } from "./admin-sections.ts";
import { NotAllowed } from "./not-allowed.tsx";
import "./admin.css";

const sectionScreens = {
  members: lazy(() => import("./members/members-section.tsx")),
  groups: lazy(() => import("./groups/groups-section.tsx")),
  "sign-in": lazy(() => import("./sign-in/sign-in-section.tsx")),
  "two-factor": lazy(() => import("./two-factor/two-factor-section.tsx")),
  models: lazy(() => import("./models/models-section.tsx")),
  integrations: lazy(() => import("./integrations/integrations-section.tsx")),
  datasources: lazy(() => import("./datasources/datasources-section.tsx")),
  grants: lazy(() => import("./grants/grants-section.tsx")),
  instructions: lazy(() => import("./instructions/instructions-section.tsx")),
  audit: lazy(() => import("./audit/audit-section.tsx")),
  themes: lazy(() => import("./themes/themes-section.tsx")),
} satisfies Record<AdminSectionId, unknown>;

/**
 * The admin console at /admin: a home page with the sections the caller's permissions open, one screen per section,
 * and a way back to the workbench. Callers without any console permission get "not allowed" and nothing is read.
 */
export default function AdminConsole({ section }: { section: string | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const sections = sectionsFor(me);
  const current = sections.find((entry) => entry.id === section) ?? null;
  const unknownSection = section !== null && current === null;
  const heading = current ? t(`admin.sections.${current.id}.title`) : t("admin.title");

  useEffect(() => {
    document.title = `${heading} · Penny`;
  }, [heading]);

  const Screen = current ? sectionScreens[current.id] : null;
  return (
    <div className="admin">
      <a className="skip-link" href="#admin-main">
        {t("admin.skipToContent")}
      </a>
      <header className="topbar admin__topbar">
        <a className="topbar__brand admin__brand" href={adminPath()} onClick={followInApp}>
          <PennyMark className="topbar__mark" />
          <span className="topbar__name">Penny</span>
          <span className="topbar__tenant">{t("admin.brand")}</span>
        </a>
        <span className="topbar__title admin__tenant">{me.tenant.name}</span>
        <div className="topbar__end">
          <a className="button button--ghost button--small" href="/" onClick={followInApp}>
            <Icon name="chevronLeft" size={16} />
            {t("admin.backToWorkbench")}
          </a>
          <AccountMenu />
        </div>
      </header>
      {sections.length === 0 ? (
        <main id="admin-main" className="admin__main admin__main--alone">
          <NotAllowed />
        </main>
      ) : (
        <div className="admin__body">
          <nav className="admin__nav" aria-label={t("admin.navigation")}>
            <a
              className="admin__nav-link"
              href={adminPath()}
              aria-current={current === null && !unknownSection ? "page" : undefined}
              onClick={followInApp}
            >
              <Icon name="panel" size={16} />
              {t("admin.home")}
            </a>
            {sections.map((entry) => (
              <a
                key={entry.id}
                className="admin__nav-link"
                href={adminPath(entry.id)}
                aria-current={entry.id === current?.id ? "page" : undefined}
                onClick={followInApp}
              >
                <Icon name={entry.icon} size={16} />
                {t(`admin.sections.${entry.id}.title`)}
              </a>
            ))}
          </nav>
          <main id="admin-main" className="admin__main">
            {unknownSection ? (
              <NotAllowed />
            ) : Screen ? (
              <Suspense
                fallback={
                  <p className="admin-muted" role="status">
                    {t("admin.loading")}
                  </p>
                }
              >
                <Screen />
              </Suspense>
            ) : (
              <AdminHome sections={sections} onLink={followInApp} />
            )}
          </main>
        </div>
      )}
    </div>
  );
}
