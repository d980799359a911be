/** The invitation's time ran out before anyone accepted it. */
export class InviteExpiredError extends Error {
  override readonly name = "InviteExpiredError";
  readonly code = "PENNY_INVITE_EXPIRED";

  constructor() {
    super("This invitation has expired. Ask the person who invited you to send a new one.");
  }
}
