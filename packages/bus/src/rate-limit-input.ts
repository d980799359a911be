import { RateLimitInputInvalidError } from "./errors/rate-limit-input-invalid-error.ts";
import type { RateLimitOptions } from "./rate-limiter.ts";

/** Longest key accepted: keys are identifiers such as `login:tenant:email`, not data. */
export const RATE_LIMIT_KEY_MAX_LENGTH = 512;

/** Longest window accepted (one week): longer quotas belong in the database, not in a rate limiter. */
export const RATE_LIMIT_WINDOW_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/** Largest limit accepted; far beyond any real quota, it keeps counts exact in Redis and in doubles. */
export const RATE_LIMIT_MAX = 1_000_000_000;

/** Throws RateLimitInputInvalidError unless the key and options can be counted. */
export function assertRateLimitInput(key: unknown, options: unknown): asserts options is RateLimitOptions {
  if (typeof key !== "string" || key.length === 0) {
    throw new RateLimitInputInvalidError("the key must be a non-empty string");
  }
  if (key.length > RATE_LIMIT_KEY_MAX_LENGTH) {
    throw new RateLimitInputInvalidError(`the key is longer than ${RATE_LIMIT_KEY_MAX_LENGTH} characters`);
  }
  if (typeof options !== "object" || options === null) {
    throw new RateLimitInputInvalidError("the options must be an object with limit and windowMs");
  }
  const { limit, windowMs } = options as Record<string, unknown>;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > RATE_LIMIT_MAX) {
    throw new RateLimitInputInvalidError(`limit must be a whole number from 1 to ${RATE_LIMIT_MAX}`);
  }
  if (
    typeof windowMs !== "number" ||
    !Number.isInteger(windowMs) ||
    windowMs < 1 ||
    windowMs > RATE_LIMIT_WINDOW_MAX_MS
  ) {
    throw new RateLimitInputInvalidError(
      `windowMs must be a whole number from 1 to ${RATE_LIMIT_WINDOW_MAX_MS}`,
    );
  }
}
