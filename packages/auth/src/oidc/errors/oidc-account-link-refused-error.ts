import { OidcError } from "./oidc-error.ts";

/**
 * An account with this email exists, but this provider may not take it over by email alone: the provider is run
 * by this tenant (any of its administrators can set any address there) and the account is also used elsewhere.
 * The message says no more than that, so it reveals nothing about other tenants.
 */
export class OidcAccountLinkRefusedError extends OidcError {
  override readonly name = "OidcAccountLinkRefusedError";
  override readonly code = "PENNY_OIDC_LINK_REFUSED";
  constructor() {
    super(
      "An account with this email address already exists and cannot be connected to this sign-in method automatically. Sign in with your existing method, or contact an administrator.",
    );
  }
}
