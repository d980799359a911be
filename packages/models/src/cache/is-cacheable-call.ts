import type { LanguageModelV3CallOptions, LanguageModelV3FinishReason } from "@ai-sdk/provider";

/**
 * Whether a call may be answered from the cache: not when the prompt carries tool results (they are live data
 * that happen to repeat), and not when sampling is random (temperature above zero) unless the caller allows it.
 */
export function isCacheableCall(
  callOptions: LanguageModelV3CallOptions,
  allowNonZeroTemperature: boolean,
): boolean {
  if (!allowNonZeroTemperature && (callOptions.temperature ?? 0) > 0) return false;
  return !callOptions.prompt.some(
    (message) =>
      message.role === "tool" ||
      (message.role === "assistant" && message.content.some((part) => part.type === "tool-result")),
  );
}

/** Only complete answers are kept: a filter, an error or an unknown stop is not worth replaying. */
export function isCacheableFinish(finishReason: LanguageModelV3FinishReason): boolean {
  return (
    finishReason.unified === "stop" ||
    finishReason.unified === "length" ||
    finishReason.unified === "tool-calls"
  );
}
