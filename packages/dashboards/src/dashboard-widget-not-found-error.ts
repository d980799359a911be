/** The dashboard exists but has no widget with this id. */
export class DashboardWidgetNotFoundError extends Error {
  override readonly name = "DashboardWidgetNotFoundError";
  readonly code = "PENNY_DASHBOARD_WIDGET_NOT_FOUND";
  constructor(
    readonly slug: string,
    readonly widgetId: string,
  ) {
    super(`The dashboard "${slug}" has no widget "${widgetId}".`);
  }
}
