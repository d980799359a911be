/** The catalogue codes a memory request can fail with: no such item, bad content, or no room left. */
export type MemoryErrorCode = "PENNY_NOT_FOUND" | "PENNY_VALIDATION_FAILED" | "PENNY_CONFLICT";

/** A memory request that cannot be served as asked; the message says why, for the person who asked. */
export class MemoryError extends Error {
  override readonly name = "MemoryError";
  constructor(
    readonly code: MemoryErrorCode,
    message: string,
  ) {
    super(message);
  }
}
