import { Redis } from "ioredis";
import { closeRedisConnection } from "./close-redis-connection.ts";
import { RateLimiterClosedError } from "./errors/rate-limiter-closed-error.ts";
import { decideRateLimit } from "./rate-limit-decision.ts";
import { assertRateLimitInput } from "./rate-limit-input.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import { assertRedisUrl } from "./redis-url.ts";

/** Every rate limit counter lives under this prefix. */
export const REDIS_RATE_LIMIT_PREFIX = "penny:rl:";

/**
 * Counts and opens the window in one step, so concurrent requests from many processes cannot both see a fresh key:
 * INCR; the first request sets the expiry; a counter left without one (never expected) gets it back.
 */
const consumeScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

interface RateLimitCommands {
  consumeRateLimit(key: string, windowMs: number): Promise<[number, number]>;
}

export interface RedisRateLimiterOptions {
  /** Receives Redis connection errors (ioredis reconnects by itself); defaults to a process warning. */
  onError?: (error: unknown) => void;
}

/** A fixed-window rate limiter shared by every process connected to the same Redis. */
export function createRedisRateLimiter(url: string, options: RedisRateLimiterOptions = {}): RateLimiter {
  assertRedisUrl(url);
  const connection = new Redis(url, { connectionName: "penny:rate-limiter" });
  connection.on(
    "error",
    options.onError ?? ((error: Error) => process.emitWarning(error.message, "PennyRateLimiterWarning")),
  );
  connection.defineCommand("consumeRateLimit", { numberOfKeys: 1, lua: consumeScript });
  const commands = connection as Redis & RateLimitCommands;
  let closed = false;

  return {
    async consume(key, limitOptions) {
      if (closed) throw new RateLimiterClosedError();
      assertRateLimitInput(key, limitOptions);
      const [count, ttl] = await commands.consumeRateLimit(
        REDIS_RATE_LIMIT_PREFIX + key,
        limitOptions.windowMs,
      );
      return decideRateLimit(count, limitOptions.limit, ttl);
    },

    async close() {
      if (closed) return;
      closed = true;
      await closeRedisConnection(connection);
    },
  };
}
