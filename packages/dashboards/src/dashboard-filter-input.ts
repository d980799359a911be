import type { DashboardDefinition } from "./dashboard-definition.ts";

/**
 * The filters a dashboard is loaded with: the caller's over the dashboard's defaults, so `{ businessUnitId }` on
 * the finance dashboard keeps its year-to-date period. Keys given as undefined do not erase a default; anything
 * that is not an object is passed on for the schema to refuse.
 */
export function dashboardFilterInput(definition: DashboardDefinition, input: unknown): unknown {
  if (input === undefined || input === null) return { ...definition.defaultFilters };
  if (typeof input !== "object" || Array.isArray(input)) return input;
  const given = Object.entries(input).filter(([, value]) => value !== undefined);
  return { ...definition.defaultFilters, ...Object.fromEntries(given) };
}
