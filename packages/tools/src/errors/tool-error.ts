/**
 * Every code a refused tool call can carry, listed once: the server's error catalogue maps each to an HTTP status
 * (unknown 400, not allowed 403, forbidden 403, arguments 400), and a test there can check that none is missing.
 */
export const toolErrorCodes = [
  "PENNY_TOOL_UNKNOWN",
  "PENNY_TOOL_NOT_ALLOWED",
  "PENNY_TOOL_FORBIDDEN",
  "PENNY_TOOL_ARGUMENTS_INVALID",
] as const;

export type ToolErrorCode = (typeof toolErrorCodes)[number];

/** The base of the errors the tool router throws, so one `instanceof` recognises them and `code` picks the status. */
export abstract class ToolError extends Error {
  abstract readonly code: ToolErrorCode;
  constructor(
    /** The tool the call named. */
    readonly toolName: string,
    message: string,
  ) {
    super(message);
  }
}
