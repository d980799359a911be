import type { ErrorCode } from "./error-catalogue.ts";

/**
 * An error Penny raises on purpose. The code decides the HTTP status and whether the message reaches the client
 * (see the catalogue), so call sites never pick a status themselves.
 */
export class PennyError extends Error {
  override readonly name = "PennyError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
