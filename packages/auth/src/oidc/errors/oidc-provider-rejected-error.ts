import { OidcError } from "./oidc-error.ts";

/**
 * The identity provider answered with an OAuth error: the person declined (`access_denied`), or the token
 * endpoint refused the code or the client (`invalid_grant`, `invalid_client`). `providerError` keeps its code.
 */
export class OidcProviderRejectedError extends OidcError {
  override readonly name = "OidcProviderRejectedError";
  override readonly code = "PENNY_OIDC_PROVIDER_REJECTED";
  constructor(
    readonly providerError: string,
    options?: { cause?: unknown },
  ) {
    super(`The identity provider did not complete the sign-in (${providerError}). Try again.`, options);
  }
}
