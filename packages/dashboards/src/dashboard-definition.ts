import type { DashboardFilters } from "./dashboard-filters.ts";
import type { DashboardLayout } from "./dashboard-layout.ts";
import type { WidgetKind } from "./widget-registry.ts";

/** A built-in dashboard: the widgets it shows, the filters it opens with and where its widgets sit by default. */
export interface DashboardDefinition<TSlug extends string = string> {
  slug: TSlug;
  title: string;
  description: string;
  /** `id` names the tile within this dashboard (layouts refer to it); `kind` is the registered widget. */
  widgets: { id: string; kind: WidgetKind }[];
  defaultFilters: DashboardFilters;
  defaultLayout: DashboardLayout;
}
