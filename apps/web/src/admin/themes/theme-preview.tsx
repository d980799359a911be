import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { PennyMark } from "../../app/penny-mark.tsx";
import { previewVariables, setVariables, type ThemeTokens } from "../../theme/tenant-theme.ts";

const PREVIEWED = Object.keys(
  previewVariables({ accent: "#000000", accentText: "#000000", font: "inter", radius: 0 }),
);

/**
 * A live preview of a theme not saved yet: a sample header, buttons, a link and a message bubble, with the
 * theme's variables set on this element alone (through the CSSOM: the page's CSP forbids inline styles).
 */
export function ThemePreview({
  tokens,
  logoUrl,
  tenant,
}: {
  tokens: ThemeTokens;
  logoUrl: string | null;
  tenant: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) setVariables(ref.current, previewVariables(tokens), PREVIEWED);
  }, [tokens]);
  return (
    <section className="admin-card theme-preview" aria-labelledby="admin-theme-preview">
      <h2 id="admin-theme-preview">{t("admin.themes.previewHeading")}</h2>
      <p className="admin-muted">{t("admin.themes.previewLead")}</p>
      <div ref={ref} className="theme-preview__frame" data-testid="theme-preview">
        <div className="theme-preview__topbar">
          <PennyMark className="topbar__mark" />
          <span className="topbar__name">Penny</span>
          {logoUrl && (
            <img className="tenant-logo" src={logoUrl} alt={t("tenantTheme.logoAlt", { tenant })} />
          )}
          <span className="theme-preview__title">{t("admin.themes.previewTitle")}</span>
        </div>
        <div className="theme-preview__body">
          <p className="theme-preview__bubble">{t("admin.themes.previewQuestion")}</p>
          <p className="theme-preview__answer">
            {t("admin.themes.previewAnswer")}{" "}
            <a href="#admin-theme-preview">{t("admin.themes.previewLink")}</a>
          </p>
          <div className="theme-preview__actions">
            <button type="button" className="button button--secondary" tabIndex={-1}>
              {t("admin.themes.previewSecondary")}
            </button>
            <button
              type="button"
              className="button button--primary"
              tabIndex={-1}
              data-testid="preview-primary"
            >
              {t("admin.themes.previewPrimary")}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
