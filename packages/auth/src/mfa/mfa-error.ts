/**
 * Every code an MFA error can carry, listed once: the server's error catalogue maps each to an HTTP status, and
 * a test there can check that none is missing.
 */
export const mfaErrorCodes = [
  "PENNY_MFA_ALREADY_ENROLLED",
  "PENNY_MFA_ENROLMENT_NOT_STARTED",
  "PENNY_MFA_NOT_ENROLLED",
  "PENNY_MFA_CODE_INVALID",
] as const;

export type MfaErrorCode = (typeof mfaErrorCodes)[number];

/** The base of the MFA errors, so one `instanceof` recognises them all and `code` picks the status. */
export abstract class MfaError extends Error {
  abstract readonly code: MfaErrorCode;
}
