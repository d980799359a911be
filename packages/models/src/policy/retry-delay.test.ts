import { APICallError } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { classifyModelFailure } from "./classify-model-failure.ts";
import { FirstChunkTimeoutError } from "./first-chunk-timeout-error.ts";
import { retryDelay } from "./retry-delay.ts";

describe("retryDelay", () => {
  it("doubles from the base delay and stops at the cap", () => {
    const delays = [1, 2, 3, 4, 5].map((attempt) =>
      retryDelay({ attempt, baseDelayMs: 100, maxDelayMs: 500 }),
    );
    expect(delays).toEqual([100, 200, 400, 500, 500]);
  });

  it("honours a retry-after within the cap and refuses one beyond it", () => {
    expect(retryDelay({ attempt: 1, baseDelayMs: 100, maxDelayMs: 5000, retryAfterMs: 2000 })).toBe(2000);
    expect(
      retryDelay({ attempt: 1, baseDelayMs: 100, maxDelayMs: 5000, retryAfterMs: 60_000 }),
    ).toBeUndefined();
  });
});

const apiError = (statusCode: number, headers: Record<string, string> = {}) =>
  new APICallError({
    message: `status ${statusCode}`,
    url: "http://x",
    requestBodyValues: {},
    statusCode,
    responseHeaders: headers,
  });

describe("classifyModelFailure", () => {
  it("retries 429 and 5xx, reading retry-after, and not 4xx", () => {
    expect(classifyModelFailure(apiError(429, { "retry-after": "2" }))).toMatchObject({
      retryable: true,
      retryAfterMs: 2000,
      statusCode: 429,
    });
    expect(classifyModelFailure(apiError(503, { "retry-after-ms": "150" }))).toMatchObject({
      retryable: true,
      retryAfterMs: 150,
    });
    expect(classifyModelFailure(apiError(401))).toMatchObject({ retryable: false, statusCode: 401 });
  });

  it("retries timeouts, dropped connections and transient stream errors", () => {
    expect(classifyModelFailure(new FirstChunkTimeoutError("m", 10)).retryable).toBe(true);
    expect(classifyModelFailure(new TypeError("terminated")).retryable).toBe(true);
    expect(classifyModelFailure({ type: "overloaded_error", message: "Overloaded" })).toEqual({
      retryable: true,
      message: "Overloaded",
    });
    expect(classifyModelFailure({ type: "invalid_request_error", message: "bad" }).retryable).toBe(false);
    expect(classifyModelFailure(new Error("bug")).retryable).toBe(false);
  });
});
