import { OidcError } from "./oidc-error.ts";

/** The account is deactivated, or its membership here is suspended: a valid identity does not override that. */
export class OidcAccountDisabledError extends OidcError {
  override readonly name = "OidcAccountDisabledError";
  override readonly code = "PENNY_OIDC_ACCOUNT_DISABLED";
  constructor() {
    super("Your account is disabled in this workspace. Contact an administrator.");
  }
}
