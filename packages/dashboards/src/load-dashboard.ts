import type { Database } from "@penny/db";
import type { DashboardDefinition } from "./dashboard-definition.ts";
import { dashboardFilterInput } from "./dashboard-filter-input.ts";
import type { DashboardWidgetResult } from "./dashboard-widget-result.ts";
import { effectiveLayout } from "./effective-layout.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { selectDashboardLayout } from "./layout-queries.ts";
import { parseUserId } from "./parse-user-id.ts";
import { resolveDashboardFilters } from "./resolve-dashboard-filters.ts";
import type { ResolvedDashboardFilters } from "./resolved-dashboard-filters.ts";
import { runWidget } from "./run-widget.ts";

export interface LoadDashboardOptions {
  database: Database;
  tenantId: string;
  slug: string;
  /** Over the dashboard's default filters; see dashboardFilters. */
  filters?: unknown;
  /** The moment "today" and the period windows are taken from. */
  now: Date;
  /** Whose saved layout to use; without one (or without a saved layout) the default layout applies. */
  userId?: string | undefined;
}

export interface LoadedDashboard {
  definition: DashboardDefinition;
  filters: ResolvedDashboardFilters;
  widgets: DashboardWidgetResult[];
}

/** Loads every widget of a dashboard for one tenant in one transaction, placed by the user's layout if any. */
export async function loadDashboard(options: LoadDashboardOptions): Promise<LoadedDashboard> {
  const definition = getDashboardDefinition(options.slug);
  const userId = options.userId === undefined ? undefined : parseUserId(options.userId);
  const { now } = options;
  return options.database.withTenant(options.tenantId, async (tx) => {
    const filters = await resolveDashboardFilters(tx, {
      input: dashboardFilterInput(definition, options.filters),
      now,
    });
    const saved = userId ? await selectDashboardLayout(tx, { slug: definition.slug, userId }) : undefined;
    const layout = effectiveLayout(definition, saved);
    const widgets: DashboardWidgetResult[] = [];
    // One transaction is one connection: the widgets load one after another.
    for (const tile of definition.widgets) {
      widgets.push(await runWidget({ tx, filters, now, definition, widgetId: tile.id, layout }));
    }
    return { definition, filters, widgets };
  });
}
