import type { DashboardDefinition } from "./dashboard-definition.ts";
import { dashboardDefinitions } from "./dashboard-definitions.ts";
import { DashboardNotFoundError } from "./dashboard-not-found-error.ts";

/** The built-in dashboard named `slug`; throws DashboardNotFoundError for any other name. */
export function getDashboardDefinition(slug: string): DashboardDefinition {
  const definition = dashboardDefinitions.find((candidate) => candidate.slug === slug);
  if (!definition) throw new DashboardNotFoundError(slug);
  return definition;
}
