/** Every code an outbound call can fail with, listed once so callers can map each to a tool result or status. */
export const egressErrorCodes = [
  "PENNY_EGRESS_URL_INVALID",
  "PENNY_EGRESS_HOST_BLOCKED",
  "PENNY_EGRESS_PRIVATE_ADDRESS",
  "PENNY_EGRESS_DNS_FAILED",
  "PENNY_EGRESS_CONNECT_FAILED",
  "PENNY_EGRESS_TOO_LARGE",
  "PENNY_EGRESS_TIMEOUT",
  "PENNY_EGRESS_TOO_MANY_REDIRECTS",
] as const;

export type EgressErrorCode = (typeof egressErrorCodes)[number];

/** The base of the egress client's errors: one `instanceof`, a stable `code`, a message a person can read. */
export abstract class EgressError extends Error {
  abstract readonly code: EgressErrorCode;
  constructor(
    /** The host the call was for (lower case), or "" when the URL did not parse. */
    readonly host: string,
    message: string,
  ) {
    super(message);
  }
}
