import { RateLimiterClosedError } from "./errors/rate-limiter-closed-error.ts";
import { decideRateLimit } from "./rate-limit-decision.ts";
import { assertRateLimitInput } from "./rate-limit-input.ts";
import type { RateLimiter } from "./rate-limiter.ts";

export interface MemoryRateLimiterOptions {
  /** The clock, in milliseconds; tests pass a clock they move by hand. Defaults to `Date.now`. */
  now?: () => number;
}

interface Window {
  count: number;
  endsAt: number;
}

/** Windows kept before expired ones are swept; the sweep threshold then doubles with the live count. */
const SWEEP_THRESHOLD = 1024;

/** A fixed-window rate limiter in this process's memory; the same semantics as the Redis one. */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, Window>();
  let sweepAt = SWEEP_THRESHOLD;
  let closed = false;

  // Expired windows would otherwise pile up, one per key ever seen.
  const sweep = (time: number) => {
    for (const [key, window] of windows) if (window.endsAt <= time) windows.delete(key);
    sweepAt = Math.max(SWEEP_THRESHOLD, windows.size * 2);
  };

  return {
    async consume(key, limitOptions) {
      if (closed) throw new RateLimiterClosedError();
      assertRateLimitInput(key, limitOptions);
      const time = now();
      if (windows.size >= sweepAt) sweep(time);
      let window = windows.get(key);
      if (window === undefined || window.endsAt <= time) {
        window = { count: 0, endsAt: time + limitOptions.windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return decideRateLimit(window.count, limitOptions.limit, window.endsAt - time);
    },

    async close() {
      closed = true;
      windows.clear();
    },
  };
}
