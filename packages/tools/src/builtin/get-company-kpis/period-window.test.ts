import { describe, expect, it } from "vitest";
import { type KpiPeriod, periodWindows } from "./period-window.ts";

const at = (instant: string) => new Date(instant);

describe("periodWindows", () => {
  it.each<[string, KpiPeriod, string, string, string, string]>([
    // now, period, current from, current to, previous from, previous to
    ["2026-11-25T09:30:00Z", "MTD", "2026-11-01", "2026-11-25", "2026-10-01", "2026-10-25"],
    ["2026-11-25T09:30:00Z", "QTD", "2026-10-01", "2026-11-25", "2026-07-01", "2026-08-25"],
    ["2026-11-25T09:30:00Z", "YTD", "2026-01-01", "2026-11-25", "2025-01-01", "2025-11-25"],
    // Day 40 of a quarter against the previous quarter's first 40 days.
    ["2026-11-09T00:00:00Z", "QTD", "2026-10-01", "2026-11-09", "2026-07-01", "2026-08-09"],
    // A longer month than the one before: the previous window stops at that month's end.
    ["2026-03-31T23:59:59Z", "MTD", "2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"],
    ["2024-03-30T12:00:00Z", "MTD", "2024-03-01", "2024-03-30", "2024-02-01", "2024-02-29"],
    // The first day of a month, quarter and year is compared with the first day of the one before.
    ["2026-03-01T00:00:00Z", "MTD", "2026-03-01", "2026-03-01", "2026-02-01", "2026-02-01"],
    ["2026-01-01T00:00:00Z", "MTD", "2026-01-01", "2026-01-01", "2025-12-01", "2025-12-01"],
    ["2026-01-01T00:00:00Z", "QTD", "2026-01-01", "2026-01-01", "2025-10-01", "2025-10-01"],
    ["2026-01-01T00:00:00Z", "YTD", "2026-01-01", "2026-01-01", "2025-01-01", "2025-01-01"],
    ["2026-04-01T00:00:00Z", "QTD", "2026-04-01", "2026-04-01", "2026-01-01", "2026-01-01"],
    // The last day of a quarter: 91 days of Q2 against the 90 of Q1, and 92 of Q4 against the 92 of Q3.
    ["2026-06-30T18:00:00Z", "QTD", "2026-04-01", "2026-06-30", "2026-01-01", "2026-03-31"],
    ["2026-12-31T18:00:00Z", "QTD", "2026-10-01", "2026-12-31", "2026-07-01", "2026-09-30"],
    // A leap year's last day against the whole of the shorter year before; and the other way round.
    ["2024-12-31T00:00:00Z", "YTD", "2024-01-01", "2024-12-31", "2023-01-01", "2023-12-31"],
    ["2025-12-31T00:00:00Z", "YTD", "2025-01-01", "2025-12-31", "2024-01-01", "2024-12-30"],
  ])("%s %s → %s..%s vs %s..%s", (now, period, from, to, previousFrom, previousTo) => {
    expect(periodWindows(period, at(now))).toEqual({
      current: { from, to },
      previous: { from: previousFrom, to: previousTo },
    });
  });

  it("compares windows of the same length whenever the previous period is long enough", () => {
    const days = (range: { from: string; to: string }) =>
      (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
    for (let day = Date.parse("2025-01-01"); day <= Date.parse("2026-12-31"); day += 86_400_000) {
      for (const period of ["MTD", "QTD", "YTD"] as const) {
        const windows = periodWindows(period, new Date(day));
        const previousPeriodEnd = Date.parse(windows.current.from) - 86_400_000;
        expect(Date.parse(windows.previous.to)).toBeLessThanOrEqual(previousPeriodEnd);
        if (Date.parse(windows.previous.to) < previousPeriodEnd) {
          expect(days(windows.previous)).toBe(days(windows.current));
        }
      }
    }
  });
});
