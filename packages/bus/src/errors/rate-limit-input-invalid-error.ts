/** A rate limit key or options object that cannot be used (empty key, non-positive limit or window…). */
export class RateLimitInputInvalidError extends Error {
  override readonly name = "RateLimitInputInvalidError";
  readonly code = "PENNY_RATE_LIMIT_INPUT_INVALID";
  constructor(readonly reason: string) {
    super(`The rate limit request is invalid: ${reason}.`);
  }
}
