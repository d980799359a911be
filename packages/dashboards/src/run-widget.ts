import type { DashboardDefinition } from "./dashboard-definition.ts";
import type { DashboardLayout } from "./dashboard-layout.ts";
import { DashboardWidgetNotFoundError } from "./dashboard-widget-not-found-error.ts";
import type { DashboardWidgetResult } from "./dashboard-widget-result.ts";
import type { WidgetLoadContext } from "./widget.ts";
import { widgetOfKind } from "./widget-registry.ts";

/** Loads one tile of a dashboard in the caller's transaction and draws its charts. */
export async function runWidget(
  context: WidgetLoadContext & { definition: DashboardDefinition; widgetId: string; layout: DashboardLayout },
): Promise<DashboardWidgetResult> {
  const { definition, widgetId, layout, tx, filters, now } = context;
  const tile = definition.widgets.find((candidate) => candidate.id === widgetId);
  if (!tile) throw new DashboardWidgetNotFoundError(definition.slug, widgetId);
  const widget = widgetOfKind(tile.kind);
  const placed = layout.find((entry) => entry.widgetId === widgetId);
  const data = await widget.load({ tx, filters, now });
  return {
    id: tile.id,
    kind: tile.kind,
    title: widget.title,
    position: placed ? { x: placed.x, y: placed.y, w: placed.w, h: placed.h } : widget.defaultPosition,
    data,
    charts: widget.chart?.(data) ?? [],
  };
}
