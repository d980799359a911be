import type { Widget } from "./widget.ts";
import { companyHealthWidget } from "./widgets/company-health/index.ts";
import { financeSnapshotWidget } from "./widgets/finance-snapshot/index.ts";
import { hiringPipelineWidget } from "./widgets/hiring-pipeline/index.ts";
import { opsIncidentsWidget } from "./widgets/ops-incidents/index.ts";
import { projectTimelineWidget } from "./widgets/project-timeline/index.ts";
import { salesFunnelWidget } from "./widgets/sales-funnel/index.ts";

/** Every widget kind Penny's dashboards can show; a new kind is a folder under `widgets/` and one line here. */
export const widgetRegistry = [
  companyHealthWidget,
  financeSnapshotWidget,
  salesFunnelWidget,
  opsIncidentsWidget,
  hiringPipelineWidget,
  projectTimelineWidget,
] as const;

export type RegisteredWidget = (typeof widgetRegistry)[number];
export type WidgetKind = RegisteredWidget["kind"];

/** The registered kinds, in registry order. */
export const widgetKinds = widgetRegistry.map((widget) => widget.kind) as WidgetKind[];

/** The registered widget of `kind`, as the common contract. */
export function widgetOfKind(kind: WidgetKind): Widget {
  const widget: Widget | undefined = widgetRegistry.find((candidate) => candidate.kind === kind);
  if (!widget) throw new RangeError(`No widget of kind ${kind} is registered`);
  return widget;
}
