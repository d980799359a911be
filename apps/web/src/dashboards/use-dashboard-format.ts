import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Format } from "./widget-views.ts";

/** Figures of a dashboard in the person's language: compact amounts, percentages, hours and dates with Intl. */
export function useDashboardFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const amount = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
    const signedPercent = new Intl.NumberFormat(locale, {
      style: "percent",
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    /** A category value (a stage, a severity, a status) in words, or as it is. */
    const word = (value: string) =>
      t(`dashboards.values.${value}` as "dashboards.values.won", { defaultValue: value });
    const format = (value: unknown, kind: Format): string => {
      if (value === null || value === undefined || value === "") return "—";
      if (typeof value === "string") {
        if (kind === "date") return date.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
        if (kind === "dateTime") return dateTime.format(new Date(value));
        return word(value);
      }
      if (typeof value !== "number") return String(value);
      switch (kind) {
        case "amount":
          return amount.format(value);
        case "percent":
          return percent.format(value / 100);
        case "rate":
          return percent.format(value);
        case "hours":
          return t("dashboards.kpi.hours", { value: number.format(value) });
        default:
          return number.format(value);
      }
    };
    return { format, word, signedPercent: (value: number) => signedPercent.format(value / 100), date };
  }, [locale, t]);
}
