import { createMemoryRateLimiter } from "./memory-rate-limiter.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import { createRedisRateLimiter } from "./redis-rate-limiter.ts";

export interface OpenRateLimiterOptions {
  /** `REDIS_URL`: when set, every server process shares the counts; otherwise each counts on its own. */
  redisUrl?: string;
}

/** The Redis rate limiter when a Redis URL is configured, the in-memory one otherwise. */
export function openRateLimiter(options: OpenRateLimiterOptions = {}): RateLimiter {
  return options.redisUrl === undefined
    ? createMemoryRateLimiter()
    : createRedisRateLimiter(options.redisUrl);
}
