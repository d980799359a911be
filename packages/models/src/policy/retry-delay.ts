export interface RetryDelayInput {
  /** The try that just failed, 1-based. */
  attempt: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryAfterMs?: number | undefined;
}

/**
 * How long to wait before trying the same model again: the vendor's `retry-after` when it sent one, else
 * exponential backoff from `baseDelayMs`. Undefined when the vendor asks for longer than `maxDelayMs`, because
 * retrying sooner than asked only earns another 429: better to move on to the next model.
 */
export function retryDelay(input: RetryDelayInput): number | undefined {
  if (input.retryAfterMs !== undefined) {
    return input.retryAfterMs > input.maxDelayMs ? undefined : input.retryAfterMs;
  }
  return Math.min(input.maxDelayMs, input.baseDelayMs * 2 ** (input.attempt - 1));
}
