import type { RateLimitDecision } from "./rate-limiter.ts";

/** Turns the count in the current window (this request included) into a decision; shared by both limiters. */
export function decideRateLimit(count: number, limit: number, windowRemainingMs: number): RateLimitDecision {
  const allowed = count <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - count),
    retryAfterMs: allowed ? 0 : Math.max(1, windowRemainingMs),
  };
}
