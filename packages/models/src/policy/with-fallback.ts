import type { LanguageModelV3, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { type FallbackCandidate, type FallbackOptions, parseFallbackOptions } from "./fallback-options.ts";
import { runWithFallback } from "./run-with-fallback.ts";
import { type StartedStream, startStreamAttempt } from "./start-stream-attempt.ts";

/**
 * A language model that tries `candidates` in order: each is retried on 429, 5xx and timeouts with bounded
 * backoff, then the next is tried. A stream only falls back before its first content part; once the user has
 * seen text, a failure becomes an `error` part and the stream ends, so nothing is ever said twice. When every
 * candidate fails, the call rejects with a `ModelUnavailableError` listing the attempts. Callers should pass
 * `maxRetries: 0` to `streamText`/`generateText` so retries are not multiplied.
 */
export function withFallback(candidates: FallbackCandidate[], options: FallbackOptions): LanguageModelV3 {
  const parsed = parseFallbackOptions(candidates, options);
  return {
    specificationVersion: "v3",
    provider: "penny.fallback",
    modelId: parsed.candidates.map((candidate) => candidate.label).join(" > "),
    // The candidates may differ, so no URL is assumed to be fetchable by the model itself.
    supportedUrls: {},
    doGenerate: (callOptions) =>
      runWithFallback(parsed.candidates, parsed.options, callOptions.abortSignal, (candidate, signal) =>
        Promise.resolve(candidate.model.doGenerate({ ...callOptions, abortSignal: signal })),
      ),
    async doStream(callOptions) {
      const started = await runWithFallback(
        parsed.candidates,
        parsed.options,
        callOptions.abortSignal,
        (candidate, signal, deadline) => startStreamAttempt(candidate.model, callOptions, signal, deadline),
      );
      return { ...started.result, stream: continueStream(started) };
    },
  };
}

/** Replays the parts read while choosing a model, then the rest; a later failure is an `error` part. */
function continueStream(started: StartedStream): ReadableStream<LanguageModelV3StreamPart> {
  return new ReadableStream<LanguageModelV3StreamPart>({
    start(controller) {
      for (const part of started.buffered) controller.enqueue(part);
      if (started.done) controller.close();
    },
    async pull(controller) {
      try {
        const next = await started.reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.enqueue({ type: "error", error });
        controller.close();
      }
    },
    cancel: (reason) => started.reader.cancel(reason),
  });
}
