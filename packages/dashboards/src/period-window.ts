import { z } from "zod";
import type { DashboardPeriod } from "./dashboard-filters.ts";

/** A span of whole UTC days, both ends included, as `YYYY-MM-DD`. */
export const dateWindowSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.int().nonnegative(),
});
export type DateWindow = z.output<typeof dateWindowSchema>;

export interface PeriodWindows {
  window: DateWindow;
  previousWindow: DateWindow;
}

const DAY_MS = 86_400_000;
const monthsPerPeriod: Record<DashboardPeriod, number> = { MTD: 1, QTD: 3, YTD: 12 };

/**
 * The period to date in UTC (first day of the month, quarter or year → today) and the window it is compared with:
 * the same number of days from the start of the previous month, quarter or year. A previous period shorter than
 * the current one (March 31 against February) ends on its own last day, so the two windows never overlap.
 */
export function periodWindows(period: DashboardPeriod, now: Date): PeriodWindows {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const startMonth = period === "YTD" ? 0 : period === "QTD" ? Math.floor(month / 3) * 3 : month;
  const start = Date.UTC(year, startMonth, 1);
  const previousStart = Date.UTC(year, startMonth - monthsPerPeriod[period], 1);
  const days = Math.round((today - start) / DAY_MS) + 1;
  const previousEnd = Math.min(previousStart + (days - 1) * DAY_MS, start - DAY_MS);
  return {
    window: { from: isoDay(start), to: isoDay(today), days },
    previousWindow: {
      from: isoDay(previousStart),
      to: isoDay(previousEnd),
      days: Math.round((previousEnd - previousStart) / DAY_MS) + 1,
    },
  };
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The instants a window spans: midnight UTC of its first day (included) to midnight after its last (excluded). */
export function windowInstants(window: DateWindow): { start: string; end: string } {
  const end = new Date(Date.parse(`${window.to}T00:00:00Z`) + DAY_MS);
  return { start: `${window.from}T00:00:00.000Z`, end: end.toISOString() };
}
