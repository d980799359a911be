/** The rate limiter was used after `close()`. */
export class RateLimiterClosedError extends Error {
  override readonly name = "RateLimiterClosedError";
  readonly code = "PENNY_RATE_LIMITER_CLOSED";
  constructor() {
    super("The rate limiter is closed; it cannot count requests any more.");
  }
}
