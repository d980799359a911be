import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uniqueName } from "./__fixtures__/bus-fixtures.ts";
import { RATE_LIMIT_KEY_MAX_LENGTH } from "./rate-limit-input.ts";
import type { RateLimiter } from "./rate-limiter.ts";

/** A fresh limiter for one test, and how to let time pass for it (a hand-moved clock, or real waiting). */
export interface RateLimiterUnderTest {
  limiter: RateLimiter;
  elapse(milliseconds: number): Promise<void>;
}

/**
 * The behaviour every RateLimiter must have, as one shared suite run by the memory and the Redis limiter. Windows
 * are short (200 ms) so the Redis run can wait one out for real; nothing here asserts how long anything took.
 */
export function runRateLimiterContract(name: string, open: () => RateLimiterUnderTest): void {
  describe(`RateLimiter contract: ${name}`, () => {
    let subject: RateLimiterUnderTest;
    beforeEach(() => {
      subject = open();
    });
    afterEach(async () => {
      await subject.limiter.close();
    });

    it("allows up to the limit, counting down what remains, then refuses with a retry delay", async () => {
      const key = uniqueName("limit");
      const options = { limit: 3, windowMs: 60_000 };
      const decisions = [];
      for (let attempt = 0; attempt < 5; attempt++)
        decisions.push(await subject.limiter.consume(key, options));
      expect(decisions.slice(0, 3)).toEqual([
        { allowed: true, remaining: 2, retryAfterMs: 0 },
        { allowed: true, remaining: 1, retryAfterMs: 0 },
        { allowed: true, remaining: 0, retryAfterMs: 0 },
      ]);
      for (const refused of decisions.slice(3)) {
        expect(refused.allowed).toBe(false);
        expect(refused.remaining).toBe(0);
        expect(refused.retryAfterMs).toBeGreaterThan(0);
        expect(refused.retryAfterMs).toBeLessThanOrEqual(options.windowMs);
      }
    });

    it("counts separate keys independently", async () => {
      const exhausted = uniqueName("exhausted");
      const fresh = uniqueName("fresh");
      const options = { limit: 1, windowMs: 60_000 };
      expect((await subject.limiter.consume(exhausted, options)).allowed).toBe(true);
      expect((await subject.limiter.consume(exhausted, options)).allowed).toBe(false);
      expect(await subject.limiter.consume(fresh, options)).toEqual({
        allowed: true,
        remaining: 0,
        retryAfterMs: 0,
      });
      expect((await subject.limiter.consume(exhausted, options)).allowed).toBe(false);
    });

    it("allows again once the window that refused has ended", async () => {
      const key = uniqueName("reset");
      const options = { limit: 2, windowMs: 200 };
      await subject.limiter.consume(key, options);
      await subject.limiter.consume(key, options);
      const refused = await subject.limiter.consume(key, options);
      expect(refused.allowed).toBe(false);
      await subject.elapse(refused.retryAfterMs + 50);
      expect(await subject.limiter.consume(key, options)).toEqual({
        allowed: true,
        remaining: 1,
        retryAfterMs: 0,
      });
    });

    it("never allows more than the limit when requests arrive together", async () => {
      const key = uniqueName("concurrent");
      const options = { limit: 10, windowMs: 60_000 };
      const decisions = await Promise.all(
        Array.from({ length: 40 }, () => subject.limiter.consume(key, options)),
      );
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
      expect(decisions.filter((decision) => !decision.allowed)).toHaveLength(30);
    });

    it.each([
      ["an empty key", "", { limit: 1, windowMs: 1000 }],
      ["a key that is too long", "k".repeat(RATE_LIMIT_KEY_MAX_LENGTH + 1), { limit: 1, windowMs: 1000 }],
      ["a zero limit", "key", { limit: 0, windowMs: 1000 }],
      ["a fractional limit", "key", { limit: 1.5, windowMs: 1000 }],
      ["a negative window", "key", { limit: 1, windowMs: -5 }],
      ["an infinite window", "key", { limit: 1, windowMs: Number.POSITIVE_INFINITY }],
      ["missing options", "key", undefined],
      ["a limit given as text", "key", { limit: "5", windowMs: 1000 }],
    ])("refuses %s", async (_, key, options) => {
      await expect(
        subject.limiter.consume(key, options as unknown as { limit: number; windowMs: number }),
      ).rejects.toMatchObject({ code: "PENNY_RATE_LIMIT_INPUT_INVALID" });
    });

    it("refuses to count after close", async () => {
      await subject.limiter.close();
      await expect(subject.limiter.consume("key", { limit: 1, windowMs: 1000 })).rejects.toMatchObject({
        code: "PENNY_RATE_LIMITER_CLOSED",
      });
    });
  });
}
