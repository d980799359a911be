import type { Tx } from "@penny/db";
import type { z } from "zod";
import type { DrillDown } from "./drill-down.ts";
import type { ResolvedDashboardFilters } from "./resolved-dashboard-filters.ts";
import type { VegaLiteSpec } from "./vega-lite-spec.ts";
import type { WidgetPosition } from "./widget-position.ts";

/** What a widget reads with: the tenant's transaction, the resolved filters and the moment "today" is taken from. */
export interface WidgetLoadContext {
  tx: Tx;
  filters: ResolvedDashboardFilters;
  now: Date;
}

/**
 * One kind of dashboard tile: how it loads its figures, the schema of those figures (so an API can declare its
 * response), the charts it draws from them and what clicking narrows. Methods, not function properties, so a list
 * of widgets with different data can be held as `Widget`.
 */
export interface Widget<TKind extends string = string, TData = unknown> {
  kind: TKind;
  title: string;
  description: string;
  defaultPosition: WidgetPosition;
  dataSchema: z.ZodType<TData>;
  load(context: WidgetLoadContext): Promise<TData>;
  chart?(data: TData): VegaLiteSpec[];
  drillDown: DrillDown[];
}

/** Declares a widget, keeping its kind as a literal type. */
export function defineWidget<TKind extends string, TData>(
  widget: Widget<TKind, TData>,
): Widget<TKind, TData> {
  return widget;
}
