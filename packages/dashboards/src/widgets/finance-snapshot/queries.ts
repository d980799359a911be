import { resultRows, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";
import type { ResolvedDashboardFilters } from "../../resolved-dashboard-filters.ts";
import { projectScope } from "../../scope-conditions.ts";

interface FinanceRow {
  revenue: number;
  cost: number;
  grossMargin: number;
}

/** Revenue, cost and gross margin of each calendar month the window touches (only the window's days), oldest first. */
export async function selectMonthlyFinance(tx: Tx, { filters }: { filters: ResolvedDashboardFilters }) {
  const { window } = filters;
  const result = await tx.execute(sql`
    select to_char(k.day, 'YYYY-MM') as month,
           round(sum(k.revenue), 2)::float8 as revenue,
           round(sum(k.cost), 2)::float8 as cost,
           round(sum(k.gross_margin), 2)::float8 as "grossMargin"
      from kpi_daily k
      join projects p on p.id = k.project_id
     where k.day between ${window.from} and ${window.to} and ${projectScope(filters)}
     group by 1
     order by 1`);
  return resultRows<FinanceRow & { month: string }>(result);
}

/** The projects with the most revenue in the window, with their unit, cost and gross margin. */
export async function selectTopProjectsByRevenue(
  tx: Tx,
  { filters, limit }: { filters: ResolvedDashboardFilters; limit: number },
) {
  const { window } = filters;
  const result = await tx.execute(sql`
    select p.id as "projectId", p.name as project, u.id as "businessUnitId", u.name as "businessUnit",
           round(sum(k.revenue), 2)::float8 as revenue,
           round(sum(k.cost), 2)::float8 as cost,
           round(sum(k.gross_margin), 2)::float8 as "grossMargin"
      from kpi_daily k
      join projects p on p.id = k.project_id
      join business_units u on u.id = p.business_unit_id
     where k.day between ${window.from} and ${window.to} and ${projectScope(filters)}
     group by p.id, p.name, u.id, u.name
     order by revenue desc, p.name
     limit ${limit}`);
  return resultRows<
    FinanceRow & { projectId: string; project: string; businessUnitId: string; businessUnit: string }
  >(result);
}
