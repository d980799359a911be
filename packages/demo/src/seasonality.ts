import { type CalendarDay, DAY_MS } from "./calendar.ts";
import type { ProjectPlan } from "./company-plan.ts";

/** Weekdays carry the business; weekends sell little. The seven factors average to 1, so ARR is unchanged. */
const weekdayFactors = [0.4, 1.2, 1.2, 1.2, 1.2, 1.2, 0.6] as const;

/**
 * How much of a typical day's revenue a project books on `day`: the weekly rhythm times its season. Both are
 * smooth and average to about 1 over a year, so the yearly revenue still matches the ARR.
 */
export function demandFactor(seasonality: ProjectPlan["seasonality"], day: CalendarDay): number {
  return (weekdayFactors[day.weekday] ?? 1) * seasonFactor(seasonality, day);
}

function seasonFactor(seasonality: ProjectPlan["seasonality"], day: CalendarDay): number {
  const dayOfYear = (day.time - Date.UTC(day.year, 0, 1)) / DAY_MS;
  switch (seasonality) {
    case "none":
      return 1;
    case "summer":
      // Peaks in early June, lowest in early December.
      return 1 + 0.3 * Math.cos((2 * Math.PI * (dayOfYear - 158)) / 365);
    case "holiday": {
      // A bump around Black Friday and the holidays on a slightly lower base.
      const distance = (dayOfYear - 335) / 20;
      return 0.93 + 0.6 * Math.exp(-0.5 * distance * distance);
    }
  }
}
