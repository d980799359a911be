/** What Penny promises about one error code: its HTTP status, a fixed title, and whether its message is shown. */
export interface ErrorDefinition {
  status: number;
  title: string;
  /** True: the error's message is the problem's `detail`. False: the client gets a generic detail, the log the rest. */
  exposed: boolean;
}

/**
 * Every code a client can receive, in one place. Codes are stable: clients may branch on them, so a code is never
 * renamed or reused for another meaning; add a new one instead.
 */
export const errorCatalogue = {
  PENNY_VALIDATION_FAILED: { status: 400, title: "The request is not valid", exposed: true },
  PENNY_MALFORMED_BODY: { status: 400, title: "The request body cannot be read", exposed: true },
  PENNY_REQUEST_REJECTED: { status: 400, title: "The request was rejected", exposed: true },
  PENNY_ROUTE_NOT_FOUND: { status: 404, title: "No such route", exposed: true },
  PENNY_PAYLOAD_TOO_LARGE: { status: 413, title: "The request body is too large", exposed: true },
  PENNY_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: "The request body's media type is not supported",
    exposed: true,
  },
  PENNY_INTERNAL: { status: 500, title: "Internal error", exposed: false },
  PENNY_NOT_READY: { status: 503, title: "Penny is not ready", exposed: true },
} as const satisfies Record<`PENNY_${string}`, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]];

/**
 * The problem `type` URI of a code. A URN, not a URL: RFC 9457 lets the type be a non-resolvable URI, and a URN
 * does not pretend there is a page to fetch.
 */
export function problemType(code: ErrorCode): string {
  return `urn:penny:problem:${code.slice("PENNY_".length).toLowerCase().replaceAll("_", "-")}`;
}
