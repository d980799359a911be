import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { Icon } from "../app/icons.tsx";
import { FILES_PATH } from "./files-route.tsx";
import "./files-link.css";

/** The sidebar's way to the Files screen. */
export function FilesLink() {
  const { t } = useTranslation();
  return (
    <a className="button button--ghost files-link" href={FILES_PATH} onClick={followInApp}>
      <Icon name="document" size={16} />
      {t("knowledge.sidebarLink")}
    </a>
  );
}
