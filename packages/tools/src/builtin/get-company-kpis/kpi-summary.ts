import type { KpiFigure } from "./kpi-figure.ts";
import type { DayRange, KpiPeriod } from "./period-window.ts";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** One line for people and logs, e.g. "Revenue QTD (2026-10-01 → 2026-11-25) for Acme Robotics: 12.3M, +4.1% vs the previous period." */
export function kpiSummary(options: {
  period: KpiPeriod;
  range: DayRange;
  name: string;
  revenue: KpiFigure;
}): string {
  const { period, range, name, revenue } = options;
  const change =
    revenue.deltaPercent === null
      ? "no previous period to compare with"
      : `${revenue.deltaPercent >= 0 ? "+" : ""}${revenue.deltaPercent.toFixed(1)}% vs the previous period`;
  return `Revenue ${period} (${range.from} → ${range.to}) for ${name}: ${compact.format(revenue.value)}, ${change}.`;
}
