/**
 * A signed-in person tried to accept an invitation sent to another address. The invited address is not repeated in
 * the message: the person holding the link may not be the one it was sent to.
 */
export class InviteEmailMismatchError extends Error {
  override readonly name = "InviteEmailMismatchError";
  readonly code = "PENNY_INVITE_EMAIL_MISMATCH";

  constructor() {
    super(
      "This invitation was sent to a different email address than your account's. Sign in with the account for the invited address, or ask for an invitation to yours.",
    );
  }
}
