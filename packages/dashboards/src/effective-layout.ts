import type { DashboardDefinition } from "./dashboard-definition.ts";
import type { DashboardLayout } from "./dashboard-layout.ts";
import { validateDashboardLayout } from "./validate-dashboard-layout.ts";

/**
 * The layout a person sees: the one they saved while it still fits the dashboard, else the default. A layout
 * saved before the dashboard gained or lost a widget no longer fits, and is ignored rather than half-applied.
 */
export function effectiveLayout(
  definition: DashboardDefinition,
  saved: unknown[] | undefined,
): DashboardLayout {
  if (saved === undefined) return definition.defaultLayout;
  try {
    return validateDashboardLayout(definition, saved);
  } catch {
    return definition.defaultLayout;
  }
}
