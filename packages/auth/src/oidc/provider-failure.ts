import * as client from "openid-client";
import { OidcError } from "./errors/oidc-error.ts";
import { OidcProviderRejectedError } from "./errors/oidc-provider-rejected-error.ts";
import { OidcProviderUnavailableError } from "./errors/oidc-provider-unavailable-error.ts";
import { OidcTokenInvalidError } from "./errors/oidc-token-invalid-error.ts";

/** openid-client codes that mean "the answer arrived but did not verify" rather than "no usable answer". */
const verificationFailures = new Set([
  "OAUTH_INVALID_RESPONSE",
  "OAUTH_JWT_CLAIM_COMPARISON_FAILED",
  "OAUTH_JWT_TIMESTAMP_CHECK_FAILED",
  "OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED",
  "OAUTH_KEY_SELECTION_FAILED",
  "OAUTH_PARSE_ERROR",
  "OAUTH_UNSUPPORTED_OPERATION",
  "OAUTH_JWT_USERINFO_EXPECTED",
]);

/**
 * Turns what openid-client throws during the code exchange into one of our errors: an OAuth error from the
 * provider is a rejection; a token that fails verification is invalid; anything else (network, timeouts, HTTP
 * errors without an OAuth body) means the provider is unavailable.
 */
export function providerFailure(error: unknown): OidcError {
  if (error instanceof OidcError) return error;
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return new OidcProviderRejectedError(error.error, { cause: error });
  }
  if (error instanceof client.WWWAuthenticateChallengeError) {
    return new OidcProviderRejectedError(error.cause[0]?.parameters.error ?? "unauthorized", {
      cause: error,
    });
  }
  if (error instanceof client.ClientError && error.code && verificationFailures.has(error.code)) {
    // GitHub answers a bad code with HTTP 200 and `{"error": "bad_verification_code"}` instead of an access token.
    const oauthError = errorInBody(error);
    if (oauthError) return new OidcProviderRejectedError(oauthError, { cause: error });
    return new OidcTokenInvalidError({ cause: error });
  }
  return new OidcProviderUnavailableError({ cause: error });
}

function errorInBody(error: client.ClientError): string | undefined {
  const body = (error.cause as { cause?: { body?: { error?: unknown } } } | undefined)?.cause?.body;
  return typeof body?.error === "string" ? body.error : undefined;
}
