import { APICallError } from "@ai-sdk/provider";
import { FirstChunkTimeoutError } from "./first-chunk-timeout-error.ts";

/** What a failure means for the fallback policy: try the same model again, and after how long it asked for. */
export interface ModelFailure {
  retryable: boolean;
  message: string;
  statusCode?: number;
  /** The wait the vendor asked for (`retry-after-ms` or `retry-after`), if any. */
  retryAfterMs?: number;
}

/** Error types vendors put in a stream's error event when the failure is theirs and passing. */
const TRANSIENT_ERROR_TYPES = /rate_limit|overloaded|server_error|api_error|internal|unavailable/i;

/**
 * Reads an error from a vendor SDK: 408, 409, 429 and 5xx (the SDK's `isRetryable`), network drops and first-chunk
 * timeouts are retryable; a 4xx such as a bad key or an unknown model is not.
 */
export function classifyModelFailure(error: unknown): ModelFailure {
  if (error instanceof FirstChunkTimeoutError) return { retryable: true, message: error.message };
  if (APICallError.isInstance(error)) {
    const retryAfterMs = readRetryAfter(error.responseHeaders);
    return {
      retryable: error.isRetryable,
      message: error.message,
      ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  // fetch reports a dropped or refused connection as a TypeError ("terminated", "fetch failed").
  if (error instanceof TypeError) return { retryable: true, message: error.message };
  if (error instanceof Error) return { retryable: false, message: error.message };
  if (error !== null && typeof error === "object") {
    const { type, message } = error as { type?: unknown; message?: unknown };
    return {
      retryable: typeof type === "string" && TRANSIENT_ERROR_TYPES.test(type),
      message: typeof message === "string" ? message : JSON.stringify(error),
    };
  }
  return { retryable: false, message: String(error) };
}

function readRetryAfter(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const milliseconds = Number.parseFloat(headers["retry-after-ms"] ?? "");
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers["retry-after"];
  if (value === undefined) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
