/** The tenant has no default workspace to keep its dashboards in. */
export class DashboardWorkspaceMissingError extends Error {
  override readonly name = "DashboardWorkspaceMissingError";
  readonly code = "PENNY_DASHBOARD_WORKSPACE_MISSING";
  constructor() {
    super("The tenant has no default workspace, so its dashboards cannot be saved.");
  }
}
