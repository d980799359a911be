import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./locales/en.ts";
import { es } from "./locales/es.ts";

/** The languages Penny speaks, in the order the switcher lists them. */
export const languages = [
  { code: "en", label: "English" },
  { code: "es", label: "Español" },
] as const;

export type LanguageCode = (typeof languages)[number]["code"];

const STORAGE_KEY = "penny.language";

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return languages.some((language) => language.code === value);
}

/** The saved choice, else the browser's first language Penny speaks, else English. */
function initialLanguage(): LanguageCode {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

/** Starts i18next with both languages bundled (they are small) and keeps <html lang> in step. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: initialLanguage(),
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const apply = (language: string) => {
    document.documentElement.lang = language;
  };
  apply(instance.language);
  instance.on("languageChanged", apply);
  return instance;
}

/** Switches language and remembers the choice on this device. */
export function changeLanguage(instance: i18n, language: LanguageCode): void {
  localStorage.setItem(STORAGE_KEY, language);
  void instance.changeLanguage(language);
}
