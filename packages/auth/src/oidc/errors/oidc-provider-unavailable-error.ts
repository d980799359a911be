import { OidcError } from "./oidc-error.ts";

/**
 * The identity provider could not be reached or answered something that is not OAuth/OIDC (down, timed out,
 * wrong issuer URL, discovery document not matching its issuer). The cause is for the log, not the person.
 */
export class OidcProviderUnavailableError extends OidcError {
  override readonly name = "OidcProviderUnavailableError";
  override readonly code = "PENNY_OIDC_PROVIDER_UNAVAILABLE";
  constructor(options?: { cause?: unknown }) {
    super("The identity provider could not be reached or answered unexpectedly. Try again later.", options);
  }
}
