import { OidcError } from "./oidc-error.ts";

/** Where to land after sign-in must be a path on Penny itself, so a crafted link cannot bounce users elsewhere. */
export class OidcRedirectInvalidError extends OidcError {
  override readonly name = "OidcRedirectInvalidError";
  override readonly code = "PENNY_OIDC_REDIRECT_INVALID";
  constructor() {
    super("The page to return to after signing in must be a path on this site, such as /chat.");
  }
}
