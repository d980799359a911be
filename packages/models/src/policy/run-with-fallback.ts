import { classifyModelFailure } from "./classify-model-failure.ts";
import type { FallbackCandidate, ResolvedFallbackOptions } from "./fallback-options.ts";
import { FirstChunkTimeoutError } from "./first-chunk-timeout-error.ts";
import { type FailedModelAttempt, ModelUnavailableError } from "./model-unavailable-error.ts";
import { retryDelay } from "./retry-delay.ts";

/** One try of one candidate; `signal` aborts when the caller aborts or the time to first chunk runs out. */
export type AttemptWork<T> = (
  candidate: FallbackCandidate,
  signal: AbortSignal,
  deadline: Promise<never>,
) => Promise<T>;

/**
 * Tries each candidate in order, retrying retryable failures with bounded backoff, until one attempt succeeds.
 * A caller's abort ends everything at once; otherwise the last word is a `ModelUnavailableError`.
 */
export async function runWithFallback<T>(
  candidates: FallbackCandidate[],
  options: ResolvedFallbackOptions,
  callerSignal: AbortSignal | undefined,
  work: AttemptWork<T>,
): Promise<T> {
  const failures: FailedModelAttempt[] = [];
  let delayBudgetMs = options.maxTotalDelayMs;
  for (const candidate of candidates) {
    for (let attempt = 1; attempt <= options.maxRetries + 1; attempt++) {
      callerSignal?.throwIfAborted();
      try {
        const result = await withDeadline(candidate, options.timeoutMs, callerSignal, work);
        options.onAttempt?.({ label: candidate.label, attempt, outcome: "ok" });
        return result;
      } catch (error) {
        callerSignal?.throwIfAborted();
        const failure = classifyModelFailure(error);
        failures.push({
          label: candidate.label,
          attempt,
          message: failure.message,
          retryable: failure.retryable,
          ...(failure.statusCode === undefined ? {} : { statusCode: failure.statusCode }),
        });
        const delayMs =
          failure.retryable && attempt <= options.maxRetries
            ? retryDelay({ attempt, ...options, retryAfterMs: failure.retryAfterMs })
            : undefined;
        const retry = delayMs !== undefined && delayMs <= delayBudgetMs;
        options.onAttempt?.({
          label: candidate.label,
          attempt,
          outcome: retry ? "retry" : "fallback",
          error,
        });
        if (!retry) break;
        delayBudgetMs -= delayMs;
        await sleep(delayMs, callerSignal);
      }
    }
  }
  throw new ModelUnavailableError(failures);
}

/** Runs one attempt under its own abort signal, linked to the caller's and to the first-chunk timer. */
async function withDeadline<T>(
  candidate: FallbackCandidate,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  work: AttemptWork<T>,
): Promise<T> {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const timeout = new FirstChunkTimeoutError(candidate.label, timeoutMs);
      reject(timeout);
      controller.abort(timeout);
    }, timeoutMs);
  });
  // Raced promises that lose still reject later; nobody else listens to this one.
  deadline.catch(() => {});
  try {
    return await Promise.race([work(candidate, controller.signal, deadline), deadline]);
  } catch (error) {
    controller.abort(error);
    callerSignal?.removeEventListener("abort", onCallerAbort);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (milliseconds <= 0) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
