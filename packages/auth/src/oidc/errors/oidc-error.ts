/**
 * Every code an OIDC sign-in or identity-provider error can carry, listed once: the server's error catalogue maps
 * each to an HTTP status, and a test there can check that none is missing.
 */
export const oidcErrorCodes = [
  "PENNY_OIDC_PROVIDER_INVALID",
  "PENNY_OIDC_PROVIDER_NAME_TAKEN",
  "PENNY_OIDC_PROVIDER_NOT_FOUND",
  "PENNY_OIDC_REDIRECT_INVALID",
  "PENNY_OIDC_STATE_INVALID",
  "PENNY_OIDC_STATE_EXPIRED",
  "PENNY_OIDC_STATE_REPLAYED",
  "PENNY_OIDC_PROVIDER_REJECTED",
  "PENNY_OIDC_PROVIDER_UNAVAILABLE",
  "PENNY_OIDC_TOKEN_INVALID",
  "PENNY_OIDC_EMAIL_NOT_VERIFIED",
  "PENNY_OIDC_DOMAIN_NOT_ALLOWED",
  "PENNY_OIDC_NOT_PROVISIONED",
  "PENNY_OIDC_ACCOUNT_DISABLED",
  "PENNY_OIDC_LINK_REFUSED",
] as const;

export type OidcErrorCode = (typeof oidcErrorCodes)[number];

/**
 * The base of the OIDC errors, so one `instanceof` recognises them all and `code` picks the status. Messages are
 * written for the person signing in and never name another tenant or say what exists there.
 */
export abstract class OidcError extends Error {
  abstract readonly code: OidcErrorCode;
}
