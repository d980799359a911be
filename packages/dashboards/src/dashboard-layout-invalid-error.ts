/** A layout that cannot be saved: each problem names the widget (or entry) and what is wrong with it. */
export class DashboardLayoutInvalidError extends Error {
  override readonly name = "DashboardLayoutInvalidError";
  readonly code = "PENNY_DASHBOARD_LAYOUT_INVALID";
  constructor(readonly problems: string[]) {
    super(`The dashboard layout is invalid: ${problems.join("; ")}`);
  }
}
