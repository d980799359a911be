/** No built-in dashboard has this slug. */
export class DashboardNotFoundError extends Error {
  override readonly name = "DashboardNotFoundError";
  readonly code = "PENNY_DASHBOARD_NOT_FOUND";
  constructor(readonly slug: string) {
    super(`There is no dashboard named "${slug}".`);
  }
}
