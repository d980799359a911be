/** The invitation was already accepted: each one works once. */
export class InviteUsedError extends Error {
  override readonly name = "InviteUsedError";
  readonly code = "PENNY_INVITE_USED";

  constructor() {
    super("This invitation has already been used. Sign in instead, or ask for a new invitation.");
  }
}
