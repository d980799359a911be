import { useMemo } from "react";
import { useTranslation } from "react-i18next";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Dates, times and numbers in the person's language, with Intl (no hand-written formats). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const shortDate = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
    const number = new Intl.NumberFormat(locale);
    const bytes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      locale,
      /** "5 minutes ago", "yesterday", else a short date. */
      ago(value: string | Date, now = Date.now()): string {
        const time = new Date(value).getTime();
        const elapsed = time - now;
        if (Math.abs(elapsed) < MINUTE) return relative.format(0, "second");
        if (Math.abs(elapsed) < HOUR) return relative.format(Math.round(elapsed / MINUTE), "minute");
        if (Math.abs(elapsed) < DAY) return relative.format(Math.round(elapsed / HOUR), "hour");
        if (Math.abs(elapsed) < 7 * DAY) return relative.format(Math.round(elapsed / DAY), "day");
        return shortDate.format(time);
      },
      dateTime: (value: string | Date) => dateTime.format(new Date(value)),
      number: (value: number) => number.format(value),
      /** A size in B, KB or MB (decimal units, as downloads show them). */
      size(value: number): string {
        if (value < 1000) return `${number.format(value)} B`;
        if (value < 1_000_000) return `${bytes.format(value / 1000)} KB`;
        return `${bytes.format(value / 1_000_000)} MB`;
      },
    };
  }, [locale]);
}
