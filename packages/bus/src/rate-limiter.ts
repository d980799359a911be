/** How many requests a key may make per window. */
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

/** The answer to one request: whether it may go ahead, how many are left, and when to retry if not. */
export interface RateLimitDecision {
  allowed: boolean;
  remaining: number;
  /** 0 when allowed; otherwise the milliseconds until the window that refused this request ends. */
  retryAfterMs: number;
}

/**
 * Counts requests per key in fixed windows: the first request of a key opens a window of `windowMs`, and at most
 * `limit` requests are allowed until it ends. In memory by default; Redis when `REDIS_URL` is set, so every server
 * process shares the counts.
 */
export interface RateLimiter {
  consume(key: string, options: RateLimitOptions): Promise<RateLimitDecision>;
  close(): Promise<void>;
}
