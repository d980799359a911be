import { resultRows, schema, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";
import type { ResolvedDashboardFilters } from "../../resolved-dashboard-filters.ts";
import { unitScope } from "../../scope-conditions.ts";

type HiringStage = (typeof schema.hiringStages)[number];

const stageOrder = () =>
  sql`array[${sql.join(
    schema.hiringStages.map((stage) => sql`${stage}`),
    sql`, `,
  )}]::text[]`;

/** The last day of the window with a hiring snapshot for the filtered units, or null. */
export async function selectLastHiringDay(tx: Tx, { filters }: { filters: ResolvedDashboardFilters }) {
  const { window } = filters;
  const result = await tx.execute(sql`
    select max(h.day)::text as day
      from hiring_daily h
     where h.day between ${window.from} and ${window.to} and ${unitScope(filters, sql`h.business_unit_id`)}`);
  return resultRows<{ day: string | null }>(result)[0]?.day ?? null;
}

/** Candidates per stage and unit on one day, in pipeline order. */
export async function selectHiringByUnit(
  tx: Tx,
  { filters, day }: { filters: ResolvedDashboardFilters; day: string },
) {
  const result = await tx.execute(sql`
    select h.stage, u.id as "businessUnitId", u.name as "businessUnit", h.candidates
      from hiring_daily h
      join business_units u on u.id = h.business_unit_id
     where h.day = ${day} and ${unitScope(filters, sql`h.business_unit_id`)}
     order by array_position(${stageOrder()}, h.stage), u.name`);
  return resultRows<{ stage: HiringStage; businessUnitId: string; businessUnit: string; candidates: number }>(
    result,
  );
}

/** Candidates per stage on each day of the window, for the trend chart. */
export async function selectHiringTrend(tx: Tx, { filters }: { filters: ResolvedDashboardFilters }) {
  const { window } = filters;
  const result = await tx.execute(sql`
    select h.day::text as day, h.stage, sum(h.candidates)::int as candidates
      from hiring_daily h
     where h.day between ${window.from} and ${window.to} and ${unitScope(filters, sql`h.business_unit_id`)}
     group by h.day, h.stage
     order by h.day, array_position(${stageOrder()}, h.stage)`);
  return resultRows<{ day: string; stage: HiringStage; candidates: number }>(result);
}
