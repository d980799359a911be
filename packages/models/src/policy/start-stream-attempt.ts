import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
} from "@ai-sdk/provider";

/** A stream that has produced its first content part (or ended without any): from here on it is committed. */
export interface StartedStream {
  result: LanguageModelV3StreamResult;
  /** The parts read so far, the first content part last. */
  buffered: LanguageModelV3StreamPart[];
  reader: ReadableStreamDefaultReader<LanguageModelV3StreamPart>;
  done: boolean;
}

/**
 * Opens the model's stream and reads it until the first content part. Anything that goes wrong before then (an
 * HTTP error, an `error` part, a dropped connection, the deadline) rejects, so the caller can still retry or fall
 * back without the user having seen a word.
 */
export async function startStreamAttempt(
  model: LanguageModelV3,
  callOptions: LanguageModelV3CallOptions,
  signal: AbortSignal,
  deadline: Promise<never>,
): Promise<StartedStream> {
  const result = await model.doStream({ ...callOptions, abortSignal: signal });
  const reader = result.stream.getReader();
  const buffered: LanguageModelV3StreamPart[] = [];
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next.done) return { result, buffered, reader, done: true };
      if (next.value.type === "error") throw next.value.error;
      buffered.push(next.value);
      if (isContentPart(next.value)) return { result, buffered, reader, done: false };
    }
  } catch (error) {
    reader.cancel(error).catch(() => {});
    throw error;
  }
}

/** Whether the user would see this part: text, reasoning or tool activity, not bookkeeping or empty deltas. */
export function isContentPart(part: LanguageModelV3StreamPart): boolean {
  switch (part.type) {
    case "text-delta":
    case "reasoning-delta":
      return part.delta.length > 0;
    case "tool-input-start":
    case "tool-input-delta":
    case "tool-call":
    case "tool-result":
    case "tool-approval-request":
    case "file":
    case "source":
      return true;
    default:
      return false;
  }
}
