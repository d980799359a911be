/** A layout was saved for a user who is not a member of the tenant. */
export class DashboardUserNotMemberError extends Error {
  override readonly name = "DashboardUserNotMemberError";
  readonly code = "PENNY_DASHBOARD_USER_NOT_MEMBER";
  constructor(readonly userId: string) {
    super(`The user ${userId} is not a member of this tenant, so no dashboard layout can be kept for them.`);
  }
}
