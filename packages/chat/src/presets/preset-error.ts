/** The catalogue codes a preset request can fail with. */
export type PresetErrorCode =
  | "PENNY_NOT_FOUND"
  | "PENNY_FORBIDDEN"
  | "PENNY_CONFLICT"
  | "PENNY_VALIDATION_FAILED";

/** A preset request that cannot be served as asked: unknown, not yours to change, a taken name, an unknown tool. */
export class PresetError extends Error {
  override readonly name = "PresetError";
  constructor(
    readonly code: PresetErrorCode,
    message: string,
  ) {
    super(message);
  }
}
