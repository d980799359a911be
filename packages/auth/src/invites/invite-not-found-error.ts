/** No invitation has this token (mistyped, cut-off or made-up link), or no invitation has this id in the tenant. */
export class InviteNotFoundError extends Error {
  override readonly name = "InviteNotFoundError";
  readonly code = "PENNY_INVITE_NOT_FOUND";

  constructor() {
    super(
      "This invitation link is not valid. Check that you opened the whole link from the email, or ask for a new invitation.",
    );
  }
}
