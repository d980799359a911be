export {
  DASHBOARD_ARTIFACT_MIME,
  type DashboardArtifactContent,
  dashboardArtifactContent,
  dashboardArtifactContentSchema,
} from "./dashboard-artifact-content.ts";
export type { DashboardDefinition } from "./dashboard-definition.ts";
export { type DashboardSlug, dashboardDefinitions, dashboardSlugs } from "./dashboard-definitions.ts";
export { DashboardFilterError } from "./dashboard-filter-error.ts";
export {
  type DashboardFilters,
  type DashboardFiltersInput,
  type DashboardPeriod,
  dashboardFilters,
  dashboardPeriods,
} from "./dashboard-filters.ts";
export {
  type DashboardLayout,
  type DashboardLayoutEntry,
  dashboardLayoutEntrySchema,
  dashboardLayoutSchema,
} from "./dashboard-layout.ts";
export { DashboardLayoutInvalidError } from "./dashboard-layout-invalid-error.ts";
export { DashboardNotFoundError } from "./dashboard-not-found-error.ts";
export { DashboardUserNotMemberError } from "./dashboard-user-not-member-error.ts";
export { DashboardWidgetNotFoundError } from "./dashboard-widget-not-found-error.ts";
export { type DashboardWidgetResult, dashboardWidgetResultSchema } from "./dashboard-widget-result.ts";
export { DashboardWorkspaceMissingError } from "./dashboard-workspace-missing-error.ts";
export { type DrillDown, drillDownSchema } from "./drill-down.ts";
export { type DashboardFilterOptions, listFilterOptions } from "./filter-queries.ts";
export { getDashboardDefinition } from "./get-dashboard-definition.ts";
export { type LoadDashboardOptions, type LoadedDashboard, loadDashboard } from "./load-dashboard.ts";
export { type LoadWidgetOptions, loadWidget } from "./load-widget.ts";
export { type DateWindow, dateWindowSchema, periodWindows } from "./period-window.ts";
export { resetDashboardLayout } from "./reset-dashboard-layout.ts";
export { parseDashboardFilters, resolveDashboardFilters } from "./resolve-dashboard-filters.ts";
export {
  type ResolvedDashboardFilters,
  resolvedDashboardFiltersSchema,
} from "./resolved-dashboard-filters.ts";
export { type SaveDashboardLayoutOptions, saveDashboardLayout } from "./save-dashboard-layout.ts";
export { validateDashboardLayout } from "./validate-dashboard-layout.ts";
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vega-lite-spec.ts";
export { defineWidget, type Widget, type WidgetLoadContext } from "./widget.ts";
export { GRID_COLUMNS, type WidgetPosition, widgetPositionSchema } from "./widget-position.ts";
export {
  type RegisteredWidget,
  type WidgetKind,
  widgetKinds,
  widgetOfKind,
  widgetRegistry,
} from "./widget-registry.ts";
export { type CompanyHealthData, companyHealthData } from "./widgets/company-health/company-health-data.ts";
export { HEALTH_SCORE_FORMULA, healthScore } from "./widgets/company-health/health-score.ts";
export { companyHealthWidget } from "./widgets/company-health/index.ts";
export {
  type FinanceSnapshotData,
  financeSnapshotData,
} from "./widgets/finance-snapshot/finance-snapshot-data.ts";
export { financeSnapshotWidget } from "./widgets/finance-snapshot/index.ts";
export {
  type HiringPipelineData,
  hiringPipelineData,
} from "./widgets/hiring-pipeline/hiring-pipeline-data.ts";
export { hiringPipelineWidget } from "./widgets/hiring-pipeline/index.ts";
export { opsIncidentsWidget } from "./widgets/ops-incidents/index.ts";
export { type OpsIncidentsData, opsIncidentsData } from "./widgets/ops-incidents/ops-incidents-data.ts";
export { projectTimelineWidget } from "./widgets/project-timeline/index.ts";
export {
  type ProjectTimelineData,
  projectTimelineData,
} from "./widgets/project-timeline/project-timeline-data.ts";
export { salesFunnelWidget } from "./widgets/sales-funnel/index.ts";
export { type SalesFunnelData, salesFunnelData } from "./widgets/sales-funnel/sales-funnel-data.ts";
