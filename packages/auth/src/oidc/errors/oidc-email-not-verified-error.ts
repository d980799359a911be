import { OidcError } from "./oidc-error.ts";

/**
 * The provider did not vouch for the email address (missing, or not verified). An unverified address is never
 * used to link to an existing account or to create one, because anyone can type any address at some providers.
 */
export class OidcEmailNotVerifiedError extends OidcError {
  override readonly name = "OidcEmailNotVerifiedError";
  override readonly code = "PENNY_OIDC_EMAIL_NOT_VERIFIED";
  constructor() {
    super(
      "Your identity provider did not confirm a verified email address for your account. Verify your email address there, then sign in again.",
    );
  }
}
