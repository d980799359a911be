/** Nobody has an account for the invited address yet, and accepting needs a name and password to create one. */
export class InviteSignupRequiredError extends Error {
  override readonly name = "InviteSignupRequiredError";
  readonly code = "PENNY_INVITE_SIGNUP_REQUIRED";

  constructor() {
    super("To accept this invitation, choose your name and a password for your new Penny account.");
  }
}
