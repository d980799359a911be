import { schema } from "@penny/db";
import { unitGrowth } from "./arr-trend.ts";
import type { CalendarDay } from "./calendar.ts";
import type { CompanyPlan, UnitPlan } from "./company-plan.ts";
import { funnelSeries } from "./funnel-series.ts";
import type { Prng } from "./prng.ts";

/** One `hiring_daily` row before it belongs to a tenant: the unit is named, not yet an id. */
export type HiringRow = Omit<
  typeof schema.hiringDaily.$inferSelect,
  "tenantId" | "id" | "createdAt" | "businessUnitId"
> & { unit: string };

/**
 * The hiring funnel of every unit, one row per unit, day and stage: active candidates from application to offer
 * and the people hired in the last 30 days. It grows with the unit's ARR; during a hiring freeze postings close and
 * almost no offers go out.
 */
export function generateHiring(plan: CompanyPlan, days: readonly CalendarDay[], prng: Prng): HiringRow[] {
  return plan.units.flatMap((unit) => {
    const { applicants, conversion } = unit.hiring;
    const snapshots = funnelSeries(
      {
        days,
        stageCount: schema.hiringStages.length,
        top: (day) => applicants * unitGrowth(plan, unit.name, day.time) * (isFrozen(unit, day) ? 0.3 : 1),
        conversion: (stage, day) =>
          (conversion[stage - 1] ?? 0) * (stage >= 3 && isFrozen(unit, day) ? 0.15 : 1),
      },
      prng.fork(`hiring/${unit.name}`),
    );
    return snapshots.flatMap(({ day, counts }) =>
      schema.hiringStages.map((stage, index) => ({
        unit: unit.name,
        day: day.date,
        stage,
        candidates: counts[index] ?? 0,
      })),
    );
  });
}

function isFrozen(unit: UnitPlan, day: CalendarDay): boolean {
  return (
    unit.hiringFreeze !== undefined && day.date >= unit.hiringFreeze.from && day.date <= unit.hiringFreeze.to
  );
}
