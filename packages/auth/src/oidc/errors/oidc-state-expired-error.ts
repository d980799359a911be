import { OidcError } from "./oidc-error.ts";

/** The sign-in was started too long ago; the window is short so a leaked callback URL is soon worthless. */
export class OidcStateExpiredError extends OidcError {
  override readonly name = "OidcStateExpiredError";
  override readonly code = "PENNY_OIDC_STATE_EXPIRED";
  constructor() {
    super("This sign-in took too long and has expired. Start signing in again.");
  }
}
