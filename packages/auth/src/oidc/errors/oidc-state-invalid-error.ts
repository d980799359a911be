import { OidcError } from "./oidc-error.ts";

/** The callback's `state` matches no sign-in this server started (forged, truncated, or from another browser). */
export class OidcStateInvalidError extends OidcError {
  override readonly name = "OidcStateInvalidError";
  override readonly code = "PENNY_OIDC_STATE_INVALID";
  constructor() {
    super("This sign-in link is not valid. Start signing in again.");
  }
}
