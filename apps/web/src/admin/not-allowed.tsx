import { useTranslation } from "react-i18next";

/** Said to a caller who may not open the console (or a section they may not see); it reads nothing else. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section className="admin-not-allowed" aria-labelledby="admin-not-allowed-heading">
      <h1 id="admin-not-allowed-heading">{t("admin.notAllowed.title")}</h1>
      <p>{t("admin.notAllowed.body")}</p>
      <a className="button button--primary" href="/">
        {t("admin.backToWorkbench")}
      </a>
    </section>
  );
}
