import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { useMe } from "../../session/session-context.tsx";
import { HEX_COLOUR } from "../../theme/contrast.ts";
import {
  type TenantTheme,
  THEME_RADIUS_MAX,
  type ThemeFont,
  type ThemeTokens,
  themeFonts,
} from "../../theme/tenant-theme.ts";
import { useTenantTheme } from "../../theme/tenant-theme-context.tsx";
import { ConfirmButton } from "../confirm-button.tsx";
import { FormActions } from "../form-actions.tsx";
import { LoadState } from "../load-state.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";
import { ColourField } from "./colour-field.tsx";
import { ContrastCheck, contrastPasses } from "./contrast-check.tsx";
import { type LogoChoice, readLogoFile } from "./logo-file.ts";
import { ThemePreview } from "./theme-preview.tsx";
import "./themes.css";

/** Penny's own values, which the form starts from when the tenant has none. */
const DEFAULTS = { accent: "#2f6f5e", accentText: "#ffffff", font: "inter" as ThemeFont, radius: 10 };

/**
 * The tenant's theme: brand colour and the text on it, font and corner radius, and a logo, with a live preview
 * and the contrast check before saving. Saving applies the theme to this page at once; Reset goes back to Penny's look.
 */
export default function ThemesSection() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const format = useFormat();
  const tenantTheme = useTenantTheme();
  const stored = useAdminQuery<{ theme: TenantTheme }>("/v1/theme");
  const save = useAction();
  const logoAction = useAction();
  const [accent, setAccent] = useState(DEFAULTS.accent);
  const [accentText, setAccentText] = useState(DEFAULTS.accentText);
  const [font, setFont] = useState<ThemeFont>(DEFAULTS.font);
  const [radius, setRadius] = useState(DEFAULTS.radius);
  const [logo, setLogo] = useState<LogoChoice | null>(null);
  const [current, setCurrent] = useState<TenantTheme | null>(null);

  const load = (theme: TenantTheme) => {
    setCurrent(theme);
    setAccent(theme.tokens.accent ?? DEFAULTS.accent);
    setAccentText(theme.tokens.accentText ?? DEFAULTS.accentText);
    setFont(theme.tokens.font ?? DEFAULTS.font);
    setRadius(theme.tokens.radius ?? DEFAULTS.radius);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is filled once per read.
  useEffect(() => {
    if (stored.data) load(stored.data.theme);
  }, [stored.data]);
  useEffect(() => () => void (logo?.ok && URL.revokeObjectURL(logo.previewUrl)), [logo]);

  const valid = HEX_COLOUR.test(accent) && HEX_COLOUR.test(accentText);
  const tokens = useMemo<ThemeTokens>(
    () => ({
      ...(valid ? { accent: accent.toLowerCase(), accentText: accentText.toLowerCase() } : {}),
      font,
      radius,
    }),
    [valid, accent, accentText, font, radius],
  );
  const previewLogo = logo?.ok ? logo.previewUrl : (current?.logo?.url ?? null);

  const show = (theme: TenantTheme) => {
    setCurrent(theme);
    tenantTheme.show(theme);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) {
      save.setOutcome({ text: t("admin.themes.invalidHex"), tone: "failed" });
      return;
    }
    if (!contrastPasses(accent, accentText)) {
      save.setOutcome({ text: t("admin.themes.contrastBlocked"), tone: "failed" });
      return;
    }
    await save.run(async () => {
      let answer = await api.put<{ theme: TenantTheme }>("/v1/admin/theme", { tokens });
      if (logo?.ok) {
        answer = await api.put<{ theme: TenantTheme }>("/v1/admin/theme/logo", { content: logo.base64 });
        setLogo(null);
      }
      show(answer.theme);
    }, t("admin.saved"));
  };

  const chooseLogo = async (file: File | undefined) => {
    logoAction.setOutcome(null);
    if (!file) return;
    const choice = await readLogoFile(file);
    setLogo(choice);
    if (!choice.ok) {
      logoAction.setOutcome({
        text:
          choice.reason === "too-big"
            ? t("admin.themes.logoTooBig", { size: format.size(choice.size) })
            : t("admin.themes.logoWrongType"),
        tone: "failed",
      });
    }
  };

  const removeLogo = () =>
    logoAction.run(async () => {
      const answer = await api.delete<{ theme: TenantTheme }>("/v1/admin/theme/logo");
      setLogo(null);
      show(answer.theme);
    }, t("admin.themes.logoRemoved"));

  const reset = () =>
    save.run(async () => {
      const answer = await api.delete<{ theme: TenantTheme }>("/v1/admin/theme");
      setLogo(null);
      load(answer.theme);
      show(answer.theme);
    }, t("admin.themes.resetDone"));

  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.themes.title")}</h1>
        <p className="admin-muted">{t("admin.themes.lead")}</p>
      </div>
      <LoadState loading={stored.loading && !stored.data} error={stored.error} onRetry={stored.reload} />
      <div className="theme-editor">
        <form
          className="admin-card admin-form"
          aria-labelledby="admin-theme-colours"
          onSubmit={(event) => void submit(event)}
        >
          <h2 id="admin-theme-colours">{t("admin.themes.coloursHeading")}</h2>
          <ColourField
            label={t("admin.themes.accent")}
            hexLabel={t("admin.themes.accentHex")}
            value={accent}
            onChange={setAccent}
          />
          <ColourField
            label={t("admin.themes.accentText")}
            hexLabel={t("admin.themes.accentTextHex")}
            value={accentText}
            onChange={setAccentText}
          />
          <div className="field">
            <label className="field__label" htmlFor="admin-theme-font">
              {t("admin.themes.font")}
            </label>
            <select
              id="admin-theme-font"
              value={font}
              onChange={(event) => setFont(event.target.value as ThemeFont)}
            >
              {themeFonts.map((option) => (
                <option key={option} value={option}>
                  {t(`admin.themes.fonts.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="admin-theme-radius">
              {t("admin.themes.radius")}
            </label>
            <div className="theme-radius">
              <input
                id="admin-theme-radius"
                type="range"
                min={0}
                max={THEME_RADIUS_MAX}
                step={1}
                value={radius}
                aria-valuetext={t("admin.themes.radiusValue", { value: radius })}
                onChange={(event) => setRadius(Number(event.target.value))}
              />
              <output htmlFor="admin-theme-radius">{t("admin.themes.radiusValue", { value: radius })}</output>
            </div>
          </div>
          {valid ? (
            <ContrastCheck accent={accent} accentText={accentText} />
          ) : (
            <p className="form-error">{t("admin.themes.invalidHex")}</p>
          )}
          <FormActions outcome={save.outcome} busy={save.busy} submitLabel={t("admin.themes.save")} />
          <ConfirmButton
            label={t("admin.themes.reset")}
            namedLabel={t("admin.themes.reset")}
            question={t("admin.themes.confirmReset")}
            busy={save.busy}
            onConfirm={() => void reset()}
          />
        </form>
        <ThemePreview tokens={tokens} logoUrl={previewLogo} tenant={me.tenant.name} />
        <section className="admin-card admin-form" aria-labelledby="admin-theme-logo">
          <h2 id="admin-theme-logo">{t("admin.themes.logoHeading")}</h2>
          <p className="admin-muted">{t("admin.themes.logoLead")}</p>
          {current?.logo ? (
            <img
              className="theme-logo__current"
              src={current.logo.url}
              alt={t("tenantTheme.logoAlt", { tenant: me.tenant.name })}
            />
          ) : (
            <p className="admin-muted">{t("admin.themes.noLogo")}</p>
          )}
          <div className="field">
            <label className="field__label" htmlFor="admin-theme-logo-file">
              {t("admin.themes.chooseLogo")}
            </label>
            <input
              id="admin-theme-logo-file"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              aria-describedby="admin-theme-logo-hint"
              onChange={(event) => void chooseLogo(event.target.files?.[0])}
            />
            <p id="admin-theme-logo-hint" className="admin-muted admin-hint">
              {t("admin.themes.logoLead")}
            </p>
          </div>
          <StatusMessage text={logoAction.outcome?.text ?? null} tone={logoAction.outcome?.tone} />
          {current?.logo && (
            <div className="admin-form__actions">
              <button
                type="button"
                className="button button--secondary"
                disabled={logoAction.busy}
                onClick={() => void removeLogo()}
              >
                {t("admin.themes.removeLogo")}
              </button>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
