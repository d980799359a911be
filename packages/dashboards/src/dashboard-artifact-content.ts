import { z } from "zod";
import { dashboardFilterInput } from "./dashboard-filter-input.ts";
import { dashboardFilters } from "./dashboard-filters.ts";
import { dashboardLayoutSchema } from "./dashboard-layout.ts";
import { drillDownSchema } from "./drill-down.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { parseDashboardFilters } from "./resolve-dashboard-filters.ts";
import { widgetPositionSchema } from "./widget-position.ts";
import { widgetOfKind } from "./widget-registry.ts";

/** The media type of a dashboard artifact's content. */
export const DASHBOARD_ARTIFACT_MIME = "application/vnd.penny.dashboard+json";

/** What the artifact store keeps for a dashboard: what to load and how to lay it out, never the figures. */
export const dashboardArtifactContentSchema = z.object({
  slug: z.string(),
  title: z.string(),
  filters: dashboardFilters,
  widgets: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      position: widgetPositionSchema,
      drillDown: z.array(drillDownSchema),
    }),
  ),
  layout: dashboardLayoutSchema,
});
export type DashboardArtifactContent = z.output<typeof dashboardArtifactContentSchema>;

/**
 * The JSON a dashboard artifact holds: the dashboard, its validated filters (over its defaults) and its default
 * layout. Figures are loaded when the artifact is opened, so a shared dashboard always shows today's.
 */
export function dashboardArtifactContent(slug: string, filters?: unknown): DashboardArtifactContent {
  const definition = getDashboardDefinition(slug);
  const parsed = parseDashboardFilters(dashboardFilterInput(definition, filters));
  return {
    slug: definition.slug,
    title: definition.title,
    filters: parsed,
    widgets: definition.widgets.map((tile) => {
      const widget = widgetOfKind(tile.kind);
      const placed = definition.defaultLayout.find((entry) => entry.widgetId === tile.id);
      return {
        id: tile.id,
        kind: tile.kind,
        title: widget.title,
        position: placed ? { x: placed.x, y: placed.y, w: placed.w, h: placed.h } : widget.defaultPosition,
        drillDown: widget.drillDown,
      };
    }),
    layout: definition.defaultLayout,
  };
}
