import type { Tx } from "@penny/db";
import { DashboardFilterError } from "./dashboard-filter-error.ts";
import { dashboardFilters } from "./dashboard-filters.ts";
import { findBusinessUnit, findProject } from "./filter-queries.ts";
import { periodWindows } from "./period-window.ts";
import type { ResolvedDashboardFilters } from "./resolved-dashboard-filters.ts";

/** Validates filters without the database: the shape, the period and that ids are UUIDs. */
export function parseDashboardFilters(input: unknown) {
  const parsed = dashboardFilters.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const filter =
    issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue?.path[0] ?? "filters");
  throw new DashboardFilterError(filter, issue?.message ?? "not a valid filter");
}

/**
 * Validates `input`, turns the period into windows around `now`, and looks the unit and project up in the
 * tenant. An id the tenant does not have is an error; a project of another unit is not: it simply matches nothing.
 */
export async function resolveDashboardFilters(
  tx: Tx,
  { input, now }: { input: unknown; now: Date },
): Promise<ResolvedDashboardFilters> {
  const filters = parseDashboardFilters(input);
  const businessUnit = filters.businessUnitId
    ? await findBusinessUnit(tx, { id: filters.businessUnitId })
    : undefined;
  if (filters.businessUnitId && !businessUnit) {
    throw new DashboardFilterError("businessUnitId", `no business unit has the id ${filters.businessUnitId}`);
  }
  const project = filters.projectId ? await findProject(tx, { id: filters.projectId }) : undefined;
  if (filters.projectId && !project) {
    throw new DashboardFilterError("projectId", `no project has the id ${filters.projectId}`);
  }
  return {
    period: filters.period,
    ...periodWindows(filters.period, now),
    businessUnit: businessUnit ?? null,
    project: project ?? null,
  };
}
