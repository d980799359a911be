import { type SQL, sql } from "drizzle-orm";
import type { ResolvedDashboardFilters } from "./resolved-dashboard-filters.ts";

/**
 * The SQL condition that keeps the filtered projects, for a query that names `projects` as `p`. A project outside
 * the chosen unit leaves nothing, which is what "empty, not an error" means.
 */
export function projectScope(filters: ResolvedDashboardFilters): SQL {
  const conditions = [sql`true`];
  if (filters.businessUnit) conditions.push(sql`p.business_unit_id = ${filters.businessUnit.id}`);
  if (filters.project) conditions.push(sql`p.id = ${filters.project.id}`);
  return sql.join(conditions, sql` and `);
}

/**
 * The condition for facts kept per unit (pipeline, hiring): a project filter narrows them to the project's unit,
 * the finest grain they have; a project of another unit than the chosen one leaves nothing.
 */
export function unitScope(filters: ResolvedDashboardFilters, column: SQL): SQL {
  const conditions = [sql`true`];
  if (filters.businessUnit) conditions.push(sql`${column} = ${filters.businessUnit.id}`);
  if (filters.project) conditions.push(sql`${column} = ${filters.project.businessUnitId}`);
  return sql.join(conditions, sql` and `);
}
