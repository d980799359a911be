import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changeLanguage, type LanguageCode, languages } from "../i18n/i18n.ts";
import { applyTheme, savedTheme, type Theme, themes } from "../theme/theme.ts";

/** Language and colour scheme: two labelled selects, remembered on this device. */
export function PreferencesMenu() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<Theme>(savedTheme);
  return (
    <div className="preferences">
      <label className="preferences__item">
        <span className="preferences__label">{t("preferences.language")}</span>
        <select
          value={i18n.language}
          onChange={(event) => changeLanguage(i18n, event.target.value as LanguageCode)}
        >
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </option>
          ))}
        </select>
      </label>
      <label className="preferences__item">
        <span className="preferences__label">{t("preferences.theme")}</span>
        <select
          value={theme}
          onChange={(event) => {
            const next = event.target.value as Theme;
            setTheme(next);
            applyTheme(next);
          }}
        >
          {themes.map((option) => (
            <option key={option} value={option}>
              {t(`preferences.themes.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
