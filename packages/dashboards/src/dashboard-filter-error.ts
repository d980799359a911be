/** A filter value that is malformed or names a unit or project the tenant does not have. */
export class DashboardFilterError extends Error {
  override readonly name = "DashboardFilterError";
  readonly code = "PENNY_DASHBOARD_FILTER_INVALID";
  constructor(
    /** The filter at fault: `period`, `businessUnitId`, `projectId`, or the unknown key. */
    readonly filter: string,
    reason: string,
  ) {
    super(`The dashboard filter ${filter} is invalid: ${reason}`);
  }
}
