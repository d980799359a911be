import { resultRows, schema, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";
import type { ResolvedDashboardFilters } from "../../resolved-dashboard-filters.ts";
import { unitScope } from "../../scope-conditions.ts";

/** The last day of the window with a pipeline snapshot for the filtered units, or null. */
export async function selectLastPipelineDay(tx: Tx, { filters }: { filters: ResolvedDashboardFilters }) {
  const { window } = filters;
  const result = await tx.execute(sql`
    select max(d.day)::text as day
      from pipeline_daily d
     where d.day between ${window.from} and ${window.to} and ${unitScope(filters, sql`d.business_unit_id`)}`);
  return resultRows<{ day: string | null }>(result)[0]?.day ?? null;
}

/** Deals and amount per stage and unit on one day, in funnel order. */
export async function selectPipelineByUnit(
  tx: Tx,
  { filters, day }: { filters: ResolvedDashboardFilters; day: string },
) {
  const stages = sql.join(
    schema.pipelineStages.map((stage) => sql`${stage}`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    select d.stage, u.id as "businessUnitId", u.name as "businessUnit", d.deals,
           d.amount::float8 as amount
      from pipeline_daily d
      join business_units u on u.id = d.business_unit_id
     where d.day = ${day} and ${unitScope(filters, sql`d.business_unit_id`)}
     order by array_position(array[${stages}]::text[], d.stage), u.name`);
  return resultRows<{
    stage: (typeof schema.pipelineStages)[number];
    businessUnitId: string;
    businessUnit: string;
    deals: number;
    amount: number;
  }>(result);
}
