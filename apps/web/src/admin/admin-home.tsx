import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { useMe } from "../session/session-context.tsx";
import { adminPath, type sectionsFor } from "./admin-sections.ts";

/** The console's home: one card per section the caller may open, each saying what it is for. */
export function AdminHome({
  sections,
  onLink,
}: {
  sections: ReturnType<typeof sectionsFor>;
  onLink(event: MouseEvent<HTMLAnchorElement>): void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.title")}</h1>
        <p className="admin-muted">{t("admin.lead", { tenant: me.tenant.name })}</p>
      </div>
      <ul className="admin-home">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="admin-home__card" href={adminPath(section.id)} onClick={onLink}>
              <span className="admin-home__icon" aria-hidden="true">
                <Icon name={section.icon} size={20} />
              </span>
              <span className="admin-home__title">{t(`admin.sections.${section.id}.title`)}</span>
              <span className="admin-home__text">{t(`admin.sections.${section.id}.description`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
