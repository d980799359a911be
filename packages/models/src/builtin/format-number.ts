import type { Language } from "./detect-language.ts";

const locales: Record<Language, string> = { en: "en-US", es: "es-ES" };

/** A number written for people in their language: grouped thousands, at most two decimals. */
export function formatNumber(value: number, language: Language): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return new Intl.NumberFormat(locales[language], {
    maximumFractionDigits: digits,
    useGrouping: "always",
  }).format(value);
}

/** A percentage with one decimal ("12.5%" / "12,5 %"). */
export function formatPercent(value: number, language: Language): string {
  const number = new Intl.NumberFormat(locales[language], {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value);
  return language === "es" ? `${number} %` : `${number}%`;
}

/** A figure with its unit: a currency code becomes money, "%" or a ratio becomes a percentage. */
export function formatFigure(
  value: number,
  language: Language,
  unit: string | undefined,
  name: string,
): string {
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    return new Intl.NumberFormat(locales[language], {
      style: "currency",
      currency: unit,
      maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
    }).format(value);
  }
  const looksLikeRatio =
    /margin|margen|rate|ratio|pct|percent/i.test(name) && Math.abs(value) <= 1.5 && !Number.isInteger(value);
  if (unit === "%" || unit === "percent") return formatPercent(value, language);
  if (unit === "ratio" || looksLikeRatio) return formatPercent(value * 100, language);
  return formatNumber(value, language);
}
