import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "./memory-rate-limiter.ts";
import { runRateLimiterContract } from "./rate-limiter.contract.ts";

/** A clock that only moves when told to. */
function manualClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (milliseconds: number) => {
      time += milliseconds;
    },
  };
}

runRateLimiterContract("memory", () => {
  const clock = manualClock();
  return {
    limiter: createMemoryRateLimiter({ now: clock.now }),
    elapse: async (milliseconds) => clock.advance(milliseconds),
  };
});

describe("createMemoryRateLimiter", () => {
  it("uses fixed windows opened by the first request: the exact retry delay, then a fresh window", async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ now: clock.now });
    const options = { limit: 2, windowMs: 1000 };
    await limiter.consume("user", options);
    clock.advance(400);
    await limiter.consume("user", options);
    clock.advance(100);
    expect(await limiter.consume("user", options)).toEqual({
      allowed: false,
      remaining: 0,
      retryAfterMs: 500,
    });
    clock.advance(499);
    expect(await limiter.consume("user", options)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    clock.advance(1);
    expect(await limiter.consume("user", options)).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
  });

  it("sweeps expired windows without forgetting live ones", async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ now: clock.now });
    const long = { limit: 1, windowMs: 60_000 };
    await limiter.consume("long-lived", long);
    for (let index = 0; index < 3000; index++)
      await limiter.consume(`short-${index}`, { limit: 1, windowMs: 10 });
    clock.advance(20);
    for (let index = 0; index < 3000; index++)
      await limiter.consume(`later-${index}`, { limit: 1, windowMs: 10 });
    expect((await limiter.consume("long-lived", long)).allowed).toBe(false);
    expect((await limiter.consume("short-0", { limit: 1, windowMs: 10 })).allowed).toBe(true);
  });
});
