import { resultRows, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";
import type { DateWindow } from "../../period-window.ts";
import type { ResolvedDashboardFilters } from "../../resolved-dashboard-filters.ts";
import { projectScope } from "../../scope-conditions.ts";

interface WindowQuery {
  filters: ResolvedDashboardFilters;
  window: DateWindow;
}

/** Revenue, gross margin and burn summed over the window; null sums when no row matches. */
export async function selectFlowTotals(tx: Tx, { filters, window }: WindowQuery) {
  const result = await tx.execute(sql`
    select round(sum(k.revenue), 2)::float8 as revenue,
           round(sum(k.gross_margin), 2)::float8 as "grossMargin",
           round(sum(k.burn), 2)::float8 as burn
      from kpi_daily k
      join projects p on p.id = k.project_id
     where k.day between ${window.from} and ${window.to} and ${projectScope(filters)}`);
  const row = resultRows<{ revenue: number | null; grossMargin: number | null; burn: number | null }>(
    result,
  )[0];
  return row ?? { revenue: null, grossMargin: null, burn: null };
}

/** ARR and headcount on the window's last day that has figures (snapshots, so they are not summed over days). */
export async function selectSnapshotTotals(tx: Tx, { filters, window }: WindowQuery) {
  const result = await tx.execute(sql`
    with last_day as (
      select max(k.day) as day
        from kpi_daily k
        join projects p on p.id = k.project_id
       where k.day between ${window.from} and ${window.to} and ${projectScope(filters)}
    )
    select last_day.day::text as day, round(sum(k.arr), 2)::float8 as arr, sum(k.headcount)::int as headcount
      from last_day
      join kpi_daily k on k.day = last_day.day
      join projects p on p.id = k.project_id
     where ${projectScope(filters)}
     group by last_day.day`);
  const row = resultRows<{ day: string; arr: number; headcount: number }>(result)[0];
  return row ?? { day: null, arr: null, headcount: null };
}

/** Revenue and gross margin of each unit over the window, largest revenue first. */
export async function selectRevenueByUnit(tx: Tx, { filters, window }: WindowQuery) {
  const result = await tx.execute(sql`
    select u.id as "businessUnitId", u.name as "businessUnit",
           round(sum(k.revenue), 2)::float8 as revenue,
           round(sum(k.gross_margin), 2)::float8 as "grossMargin"
      from kpi_daily k
      join projects p on p.id = k.project_id
      join business_units u on u.id = p.business_unit_id
     where k.day between ${window.from} and ${window.to} and ${projectScope(filters)}
     group by u.id, u.name
     order by revenue desc, u.name`);
  return resultRows<{ businessUnitId: string; businessUnit: string; revenue: number; grossMargin: number }>(
    result,
  );
}

/** Total ARR of each day in the window, oldest first. */
export async function selectDailyArr(tx: Tx, { filters, window }: WindowQuery) {
  const result = await tx.execute(sql`
    select k.day::text as day, round(sum(k.arr), 2)::float8 as arr
      from kpi_daily k
      join projects p on p.id = k.project_id
     where k.day between ${window.from} and ${window.to} and ${projectScope(filters)}
     group by k.day
     order by k.day`);
  return resultRows<{ day: string; arr: number }>(result);
}
