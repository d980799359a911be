/** An administrator withdrew the invitation, or replaced it with a newer one to the same address. */
export class InviteRevokedError extends Error {
  override readonly name = "InviteRevokedError";
  readonly code = "PENNY_INVITE_REVOKED";

  constructor() {
    super(
      "This invitation was withdrawn or replaced by a newer one. Use the most recent invitation email, or ask for a new invitation.",
    );
  }
}
