import type { Database } from "@penny/db";
import { dashboardFilterInput } from "./dashboard-filter-input.ts";
import { DashboardWidgetNotFoundError } from "./dashboard-widget-not-found-error.ts";
import type { DashboardWidgetResult } from "./dashboard-widget-result.ts";
import { effectiveLayout } from "./effective-layout.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { selectDashboardLayout } from "./layout-queries.ts";
import { parseUserId } from "./parse-user-id.ts";
import { resolveDashboardFilters } from "./resolve-dashboard-filters.ts";
import { runWidget } from "./run-widget.ts";

export interface LoadWidgetOptions {
  database: Database;
  tenantId: string;
  slug: string;
  widgetId: string;
  filters?: unknown;
  now: Date;
  userId?: string | undefined;
}

/** Loads one widget of a dashboard (a tile refreshing on its own), with the dashboard's default filters. */
export async function loadWidget(options: LoadWidgetOptions): Promise<DashboardWidgetResult> {
  const definition = getDashboardDefinition(options.slug);
  if (!definition.widgets.some((tile) => tile.id === options.widgetId)) {
    throw new DashboardWidgetNotFoundError(definition.slug, options.widgetId);
  }
  const userId = options.userId === undefined ? undefined : parseUserId(options.userId);
  const { now, widgetId } = options;
  return options.database.withTenant(options.tenantId, async (tx) => {
    const filters = await resolveDashboardFilters(tx, {
      input: dashboardFilterInput(definition, options.filters),
      now,
    });
    const saved = userId ? await selectDashboardLayout(tx, { slug: definition.slug, userId }) : undefined;
    return runWidget({ tx, filters, now, definition, widgetId, layout: effectiveLayout(definition, saved) });
  });
}
