import { schema } from "@penny/db";
import { unitGrowth } from "./arr-trend.ts";
import { type CalendarDay, DAY_MS } from "./calendar.ts";
import type { CompanyPlan } from "./company-plan.ts";
import { funnelSeries } from "./funnel-series.ts";
import type { Prng } from "./prng.ts";

/** One `pipeline_daily` row before it belongs to a tenant: the unit is named, not yet an id. */
export type PipelineRow = Omit<
  typeof schema.pipelineDaily.$inferSelect,
  "tenantId" | "id" | "createdAt" | "businessUnitId"
> & { unit: string };

/** Early-stage deals are estimated low; late-stage ones carry the negotiated scope, won ones the discount. */
const stageSizeFactors = [0.8, 0.9, 1, 1.05, 0.95] as const;

/**
 * The sales funnel of every unit, one row per unit, day and stage: open deals from lead to negotiation and the
 * deals won in the last 30 days. Leads grow with the unit's ARR trend, so a launch fills the funnel and a recall
 * drains it; the last two weeks of each quarter push deals through negotiation.
 */
export function generatePipeline(plan: CompanyPlan, days: readonly CalendarDay[], prng: Prng): PipelineRow[] {
  return plan.units.flatMap((unit) => {
    const { openLeads, averageDeal, conversion } = unit.pipeline;
    const snapshots = funnelSeries(
      {
        days,
        stageCount: schema.pipelineStages.length,
        top: (day) => openLeads * unitGrowth(plan, unit.name, day.time),
        conversion: (stage, day) => (conversion[stage - 1] ?? 0) * (stage >= 3 ? quarterEndPush(day) : 1),
      },
      prng.fork(`pipeline/${unit.name}`),
    );
    return snapshots.flatMap(({ day, counts, sizes }) =>
      schema.pipelineStages.map((stage, index) => {
        const deals = counts[index] ?? 0;
        const amount = deals * averageDeal * (stageSizeFactors[index] ?? 1) * (sizes[index] ?? 1);
        return { unit: unit.name, day: day.date, stage, deals, amount: Math.round(amount / 100) * 100 };
      }),
    );
  });
}

/** Up to 30 % more conversion as the quarter's last day approaches. */
function quarterEndPush(day: CalendarDay): number {
  const quarterEnd = Date.UTC(day.year, Math.floor(day.month / 3) * 3 + 3, 0);
  const daysLeft = (quarterEnd - day.time) / DAY_MS;
  return daysLeft < 14 ? 1 + 0.3 * ((14 - daysLeft) / 14) : 1;
}
