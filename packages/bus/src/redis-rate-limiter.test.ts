import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testRedisUrl, uniqueName } from "./__fixtures__/bus-fixtures.ts";
import { runRateLimiterContract } from "./rate-limiter.contract.ts";
import { createRedisRateLimiter, REDIS_RATE_LIMIT_PREFIX } from "./redis-rate-limiter.ts";

// Redis expires keys on its own clock, so the only way to pass a window is to wait it out.
runRateLimiterContract("redis", () => ({
  limiter: createRedisRateLimiter(testRedisUrl),
  elapse: (ms) => sleep(ms),
}));

describe("createRedisRateLimiter", () => {
  let observer: Redis;
  beforeAll(() => {
    observer = new Redis(testRedisUrl);
  });
  afterAll(async () => {
    await observer.quit();
  });

  it("keeps the count under penny:rl:<key>, expiring with the window", async () => {
    const limiter = createRedisRateLimiter(testRedisUrl);
    try {
      const key = uniqueName("stored");
      await limiter.consume(key, { limit: 5, windowMs: 30_000 });
      await limiter.consume(key, { limit: 5, windowMs: 30_000 });
      expect(await observer.get(`${REDIS_RATE_LIMIT_PREFIX}${key}`)).toBe("2");
      const ttl = await observer.pttl(`${REDIS_RATE_LIMIT_PREFIX}${key}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30_000);
    } finally {
      await limiter.close();
    }
  });

  it("shares counts between limiters, like two server processes", async () => {
    const first = createRedisRateLimiter(testRedisUrl);
    const second = createRedisRateLimiter(testRedisUrl);
    try {
      const key = uniqueName("shared");
      const options = { limit: 2, windowMs: 60_000 };
      expect((await first.consume(key, options)).remaining).toBe(1);
      expect((await second.consume(key, options)).remaining).toBe(0);
      expect((await first.consume(key, options)).allowed).toBe(false);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("refuses a URL that is not a Redis URL", () => {
    expect(() => createRedisRateLimiter("https://example.com")).toThrow(
      expect.objectContaining({ code: "PENNY_BUS_REDIS_URL_INVALID" }),
    );
  });
});
