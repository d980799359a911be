import { describe, expect, it } from "vitest";
import { testRedisUrl, uniqueName } from "./__fixtures__/bus-fixtures.ts";
import { openRateLimiter } from "./open-rate-limiter.ts";

const options = { limit: 1, windowMs: 60_000 };

describe("openRateLimiter", () => {
  it("counts per limiter in memory when no Redis URL is given", async () => {
    const first = openRateLimiter();
    const second = openRateLimiter({});
    const key = uniqueName("memory");
    expect((await first.consume(key, options)).allowed).toBe(true);
    expect((await second.consume(key, options)).allowed).toBe(true);
    await Promise.all([first.close(), second.close()]);
  });

  it("shares counts through Redis when a Redis URL is given", async () => {
    const first = openRateLimiter({ redisUrl: testRedisUrl });
    const second = openRateLimiter({ redisUrl: testRedisUrl });
    const key = uniqueName("redis");
    try {
      expect((await first.consume(key, options)).allowed).toBe(true);
      expect((await second.consume(key, options)).allowed).toBe(false);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
