import { OidcError } from "./oidc-error.ts";

/**
 * No such identity provider in this tenant, or it is disabled. One error for both at sign-in, so the sign-in
 * page cannot be used to probe which providers a tenant has configured.
 */
export class IdentityProviderNotFoundError extends OidcError {
  override readonly name = "IdentityProviderNotFoundError";
  override readonly code = "PENNY_OIDC_PROVIDER_NOT_FOUND";
  constructor() {
    super("This sign-in method does not exist or is not enabled.");
  }
}
