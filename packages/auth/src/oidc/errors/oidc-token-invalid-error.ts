import { OidcError } from "./oidc-error.ts";

/**
 * The tokens did not verify: a bad ID token signature, wrong issuer, audience or nonce, an expired token, or a
 * missing ID token. Either an attack or a misconfigured provider; never accepted.
 */
export class OidcTokenInvalidError extends OidcError {
  override readonly name = "OidcTokenInvalidError";
  override readonly code = "PENNY_OIDC_TOKEN_INVALID";
  constructor(options?: { cause?: unknown }) {
    super("The identity provider's answer could not be verified, so the sign-in was refused.", options);
  }
}
