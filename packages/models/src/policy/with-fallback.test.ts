import { generateText, streamText } from "ai";
import { afterEach, describe, expect, it } from "vitest";
import { createProviderModel } from "../providers/index.ts";
import {
  collectStream,
  startAnthropicTestDouble,
  startOpenAITestDouble,
  type TestDoubleOptions,
  type VendorTestDouble,
} from "../testing/index.ts";
import type { FallbackAttemptEvent, FallbackOptions } from "./fallback-options.ts";
import { FirstChunkTimeoutError } from "./first-chunk-timeout-error.ts";
import { ModelPolicyInvalidError } from "./model-policy-invalid-error.ts";
import { ModelUnavailableError } from "./model-unavailable-error.ts";
import { withFallback } from "./with-fallback.ts";

(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;
const ignore = () => {};
const running: VendorTestDouble[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((double) => double.close()));
});

async function openAIDouble(options: TestDoubleOptions = {}) {
  const double = await startOpenAITestDouble(options);
  running.push(double);
  return {
    double,
    model: createProviderModel(
      { kind: "openai", name: "primary", baseUrl: double.baseUrl, apiKey: "k" },
      "gpt-test",
    ),
  };
}

async function anthropicDouble(options: TestDoubleOptions = {}) {
  const double = await startAnthropicTestDouble(options);
  running.push(double);
  return {
    double,
    model: createProviderModel(
      { kind: "anthropic", name: "second", baseUrl: double.baseUrl, apiKey: "k" },
      "claude-test",
    ),
  };
}

/** Fast options: no real waiting between retries. */
function options(events: FallbackAttemptEvent[], overrides: Partial<FallbackOptions> = {}): FallbackOptions {
  return {
    maxRetries: 2,
    timeoutMs: 30_000,
    baseDelayMs: 1,
    onAttempt: (event) => events.push(event),
    ...overrides,
  };
}

const summary = (events: FallbackAttemptEvent[]) =>
  events.map((event) => `${event.label}#${event.attempt}:${event.outcome}`);

describe("withFallback", () => {
  it("moves on to the second model when the first answers 429 forever, after its bounded retries", async () => {
    const first = await openAIDouble({ defaultScenario: { type: "rate-limit", retryAfterSeconds: 0 } });
    const second = await anthropicDouble({
      scenarios: [{ type: "text", text: "second model here", chunkSize: 3 }],
    });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback(
      [
        { label: "openai", model: first.model },
        { label: "anthropic", model: second.model },
      ],
      options(events),
    );
    const collected = await collectStream(streamText({ model, prompt: "Hi", maxRetries: 0 }));
    expect(collected.error).toBeUndefined();
    expect(collected.text).toBe("second model here");
    expect(first.double.requests).toHaveLength(3);
    expect(summary(events)).toEqual([
      "openai#1:retry",
      "openai#2:retry",
      "openai#3:fallback",
      "anthropic#1:ok",
    ]);
  });

  it("moves on to the second model when the first sends nothing before the first-chunk timeout", async () => {
    const first = await openAIDouble({
      scenarios: [{ type: "text", text: "too late" }],
      firstChunkDelayMs: 30_000,
    });
    const second = await anthropicDouble({ scenarios: [{ type: "text", text: "on time" }] });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback(
      [
        { label: "slow", model: first.model },
        { label: "fast", model: second.model },
      ],
      options(events, { maxRetries: 0, timeoutMs: 300 }),
    );
    const collected = await collectStream(streamText({ model, prompt: "Hi", maxRetries: 0 }));
    expect(collected.text).toBe("on time");
    expect(summary(events)).toEqual(["slow#1:fallback", "fast#1:ok"]);
    expect(events[0]?.error).toBeInstanceOf(FirstChunkTimeoutError);
  });

  it("ends in an error part without falling back once text has streamed, never repeating text", async () => {
    const first = await openAIDouble({
      scenarios: [{ type: "cut", afterChunks: 2, text: "Once upon a time", chunkSize: 5 }],
    });
    const second = await anthropicDouble({ defaultScenario: { type: "text", text: "Once upon a time" } });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback(
      [
        { label: "first", model: first.model },
        { label: "second", model: second.model },
      ],
      options(events),
    );
    const collected = await collectStream(
      streamText({ model, prompt: "A story", maxRetries: 0, onError: ignore }),
    );
    expect(collected.textDeltas).toEqual(["Once ", "upon "]);
    expect(collected.types).toContain("error");
    expect(second.double.requests).toHaveLength(0);
    expect(summary(events)).toEqual(["first#1:ok"]);
  });

  it("retries a cut that happens before any text, on the same model", async () => {
    const first = await openAIDouble({
      scenarios: [
        { type: "cut", afterChunks: 0 },
        { type: "text", text: "second try" },
      ],
    });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback([{ label: "only", model: first.model }], options(events));
    const collected = await collectStream(streamText({ model, prompt: "Hi", maxRetries: 0 }));
    expect(collected.text).toBe("second try");
    expect(summary(events)).toEqual(["only#1:retry", "only#2:ok"]);
  });

  it("rejects with ModelUnavailableError listing every attempt when all candidates fail", async () => {
    const first = await openAIDouble({ defaultScenario: { type: "server-error" } });
    const second = await anthropicDouble({ defaultScenario: { type: "rate-limit", retryAfterSeconds: 0 } });
    const model = withFallback(
      [
        { label: "first", model: first.model },
        { label: "second", model: second.model },
      ],
      options([], { maxRetries: 1 }),
    );
    const collected = await collectStream(
      streamText({ model, prompt: "Hi", maxRetries: 0, onError: ignore }),
    );
    expect(collected.error).toBeInstanceOf(ModelUnavailableError);
    const error = collected.error as ModelUnavailableError;
    expect(error.code).toBe("PENNY_MODEL_UNAVAILABLE");
    expect(
      error.attempts.map((attempt) => `${attempt.label}#${attempt.attempt}:${attempt.statusCode}`),
    ).toEqual(["first#1:500", "first#2:500", "second#1:429", "second#2:429"]);
    const generated = await generateText({ model, prompt: "Hi", maxRetries: 0 }).catch((caught) => caught);
    expect(generated).toBeInstanceOf(ModelUnavailableError);
  });

  it("does not retry a non-retryable error (404) and falls back at once", async () => {
    const first = await openAIDouble({ defaultScenario: { type: "text", text: "never reached" } });
    const wrongPath = createProviderModel(
      { kind: "openai", name: "wrong", baseUrl: `${first.double.baseUrl}/missing`, apiKey: "k" },
      "gpt-test",
    );
    const second = await anthropicDouble({ scenarios: [{ type: "text", text: "fine" }] });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback(
      [
        { label: "misconfigured", model: wrongPath },
        { label: "second", model: second.model },
      ],
      options(events),
    );
    const generated = await generateText({ model, prompt: "Hi", maxRetries: 0 });
    expect(generated.text).toBe("fine");
    expect(first.double.requests).toHaveLength(1);
    expect(summary(events)).toEqual(["misconfigured#1:fallback", "second#1:ok"]);
  });

  it("does not wait out a retry-after longer than the cap: it falls back instead", async () => {
    const first = await openAIDouble({ defaultScenario: { type: "rate-limit", retryAfterSeconds: 3600 } });
    const second = await anthropicDouble({ scenarios: [{ type: "text", text: "no waiting" }] });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback(
      [
        { label: "busy", model: first.model },
        { label: "second", model: second.model },
      ],
      options(events, { maxDelayMs: 1000 }),
    );
    const collected = await collectStream(streamText({ model, prompt: "Hi", maxRetries: 0 }));
    expect(collected.text).toBe("no waiting");
    expect(first.double.requests).toHaveLength(1);
    expect(summary(events)).toEqual(["busy#1:fallback", "second#1:ok"]);
  });

  it("stops retrying once the total delay budget is spent", async () => {
    const first = await openAIDouble({ defaultScenario: { type: "rate-limit", retryAfterSeconds: 0.05 } });
    const events: FallbackAttemptEvent[] = [];
    const model = withFallback(
      [{ label: "busy", model: first.model }],
      options(events, { maxRetries: 5, maxTotalDelayMs: 120 }),
    );
    const error = await generateText({ model, prompt: "Hi", maxRetries: 0 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    // 50 ms a wait: two fit in 120 ms, the third does not.
    expect(first.double.requests).toHaveLength(3);
  });

  it("stops at once, without falling back, when the caller aborts", async () => {
    const first = await openAIDouble({
      scenarios: [{ type: "text", text: "slow" }],
      firstChunkDelayMs: 30_000,
    });
    const second = await anthropicDouble({ defaultScenario: { type: "text", text: "should not be asked" } });
    const model = withFallback(
      [
        { label: "first", model: first.model },
        { label: "second", model: second.model },
      ],
      options([]),
    );
    const controller = new AbortController();
    const pending = generateText({
      model,
      prompt: "Hi",
      maxRetries: 0,
      abortSignal: controller.signal,
    }).catch((caught) => caught);
    while (first.double.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error("user left"));
    const error = await pending;
    expect(error).not.toBeInstanceOf(ModelUnavailableError);
    expect(second.double.requests).toHaveLength(0);
  });

  it("refuses invalid options", () => {
    const make = () => withFallback([], { maxRetries: 99, timeoutMs: 0 });
    expect(make).toThrow(ModelPolicyInvalidError);
  });
});
