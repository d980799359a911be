/**
 * Every code a SCIM error can carry, listed once: the server's error catalogue maps each to an HTTP status, and a
 * test checks that none is missing.
 */
export const scimErrorCodes = [
  "PENNY_SCIM_INVALID_FILTER",
  "PENNY_SCIM_INVALID_PATCH",
  "PENNY_SCIM_INVALID_VALUE",
  "PENNY_SCIM_MUTABILITY",
  "PENNY_SCIM_UNIQUENESS",
] as const;

export type ScimErrorCode = (typeof scimErrorCodes)[number];

/** The `scimType` values of RFC 7644 §3.12 that Penny sends, so a directory can tell mistakes apart. */
export type ScimType =
  | "invalidFilter"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "mutability"
  | "uniqueness";

/**
 * The base of the SCIM errors: `code` picks the HTTP status from the catalogue, `scimType` goes into the SCIM error
 * document. Messages are read by a directory administrator and never say anything about another tenant.
 */
export abstract class ScimError extends Error {
  abstract readonly code: ScimErrorCode;
  abstract readonly scimType: ScimType;
}
