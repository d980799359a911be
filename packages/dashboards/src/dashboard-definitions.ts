import type { DashboardDefinition } from "./dashboard-definition.ts";
import type { WidgetKind } from "./widget-registry.ts";

/** Declares a dashboard, keeping its slug as a literal type. */
const defineDashboard = <TSlug extends string>(definition: DashboardDefinition<TSlug>) => definition;

/** The tiles of a dashboard, each id its kind (every kind appears at most once on a built-in dashboard). */
const tiles = (...kinds: WidgetKind[]) => kinds.map((kind) => ({ id: kind, kind }));

/**
 * Penny's six built-in dashboards. Each leads with its own widget and adds the few others a reader of that
 * dashboard looks at next: finance beside company health, revenue beside the funnel, milestones beside incidents.
 */
export const dashboardDefinitions = [
  defineDashboard({
    slug: "company-health",
    title: "Company health",
    description: "The company at a glance: headline metrics and health score, finance, sales and operations.",
    widgets: tiles("company-health", "finance-snapshot", "sales-funnel", "ops-incidents"),
    defaultFilters: { period: "QTD" },
    defaultLayout: [
      { widgetId: "company-health", x: 0, y: 0, w: 12, h: 4 },
      { widgetId: "finance-snapshot", x: 0, y: 4, w: 6, h: 5 },
      { widgetId: "sales-funnel", x: 6, y: 4, w: 6, h: 5 },
      { widgetId: "ops-incidents", x: 0, y: 9, w: 12, h: 5 },
    ],
  }),
  defineDashboard({
    slug: "finance-snapshot",
    title: "Finance snapshot",
    description: "Revenue, cost and gross margin month by month, the top projects, and the headline metrics.",
    widgets: tiles("finance-snapshot", "company-health"),
    defaultFilters: { period: "YTD" },
    defaultLayout: [
      { widgetId: "finance-snapshot", x: 0, y: 0, w: 8, h: 6 },
      { widgetId: "company-health", x: 8, y: 0, w: 4, h: 6 },
    ],
  }),
  defineDashboard({
    slug: "sales-funnel",
    title: "Sales funnel",
    description: "The pipeline by stage, how deals move from stage to stage, and the revenue they turn into.",
    widgets: tiles("sales-funnel", "finance-snapshot"),
    defaultFilters: { period: "QTD" },
    defaultLayout: [
      { widgetId: "sales-funnel", x: 0, y: 0, w: 7, h: 6 },
      { widgetId: "finance-snapshot", x: 7, y: 0, w: 5, h: 6 },
    ],
  }),
  defineDashboard({
    slug: "ops-incidents",
    title: "Operations incidents",
    description: "Open incidents, the weekly flow, time to resolve, the worst projects and their milestones.",
    widgets: tiles("ops-incidents", "project-timeline"),
    defaultFilters: { period: "MTD" },
    defaultLayout: [
      { widgetId: "ops-incidents", x: 0, y: 0, w: 12, h: 6 },
      { widgetId: "project-timeline", x: 0, y: 6, w: 12, h: 6 },
    ],
  }),
  defineDashboard({
    slug: "hiring-pipeline",
    title: "Hiring pipeline",
    description:
      "Candidates by stage week over week, offers turning into hires, and the headcount they add to.",
    widgets: tiles("hiring-pipeline", "company-health"),
    defaultFilters: { period: "QTD" },
    defaultLayout: [
      { widgetId: "hiring-pipeline", x: 0, y: 0, w: 7, h: 6 },
      { widgetId: "company-health", x: 7, y: 0, w: 5, h: 6 },
    ],
  }),
  defineDashboard({
    slug: "project-timeline",
    title: "Project timeline",
    description: "Every project's milestones as a timeline, with the incidents that slow projects down.",
    widgets: tiles("project-timeline", "ops-incidents", "finance-snapshot"),
    defaultFilters: { period: "QTD" },
    defaultLayout: [
      { widgetId: "project-timeline", x: 0, y: 0, w: 12, h: 7 },
      { widgetId: "ops-incidents", x: 0, y: 7, w: 6, h: 5 },
      { widgetId: "finance-snapshot", x: 6, y: 7, w: 6, h: 5 },
    ],
  }),
];

export type DashboardSlug = (typeof dashboardDefinitions)[number]["slug"];

/** The built-in dashboards' slugs, in menu order. */
export const dashboardSlugs = dashboardDefinitions.map((definition) => definition.slug) as DashboardSlug[];
