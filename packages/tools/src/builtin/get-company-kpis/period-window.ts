/** The to-date periods the KPI tool reports. */
export const kpiPeriods = ["MTD", "QTD", "YTD"] as const;
export type KpiPeriod = (typeof kpiPeriods)[number];

/** Inclusive range of days, as `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

export interface PeriodWindows {
  current: DayRange;
  /** The same number of days from the start of the previous month, quarter or year, cut at that period's end. */
  previous: DayRange;
}

const DAY_MS = 86_400_000;
const MONTHS_IN = { MTD: 1, QTD: 3, YTD: 12 } as const;

/**
 * The to-date window ending on `now`'s UTC day and the window it is compared with: like with like, so QTD on the
 * 40th day of a quarter is set against the previous quarter's first 40 days (fewer when that period is shorter,
 * e.g. March 31 MTD against all of February).
 */
export function periodWindows(period: KpiPeriod, now: Date): PeriodWindows {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const today = Date.UTC(year, month, now.getUTCDate());
  const length = MONTHS_IN[period];
  const firstMonth = month - (month % length);
  const start = Date.UTC(year, firstMonth, 1);
  const previousStart = Date.UTC(year, firstMonth - length, 1);
  const elapsedDays = Math.round((today - start) / DAY_MS);
  const previousEnd = Math.min(previousStart + elapsedDays * DAY_MS, start - DAY_MS);
  return {
    current: { from: isoDay(start), to: isoDay(today) },
    previous: { from: isoDay(previousStart), to: isoDay(previousEnd) },
  };
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
