import type {
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
  SharedV3ProviderMetadata,
} from "@ai-sdk/provider";
import type { TurnPlan } from "./plan-turn.ts";

/** Splits text into word-sized pieces, each keeping the space that follows it, so the pieces join back exactly. */
export function wordPieces(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text.length > 0 ? [text] : []);
}

/** Splits JSON text into short pieces, as a provider streams tool arguments. */
function jsonPieces(json: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += 12) pieces.push(json.slice(start, start + 12));
  return pieces;
}

/** The ordered stream parts for a planned turn: text first, then each tool call, then finish. */
export function streamPartsOf(options: {
  plan: TurnPlan;
  usage: LanguageModelV3Usage;
  responseId: string;
  modelId: string;
  timestamp: Date;
  providerMetadata: SharedV3ProviderMetadata;
}): LanguageModelV3StreamPart[] {
  const { plan } = options;
  const parts: LanguageModelV3StreamPart[] = [
    { type: "stream-start", warnings: [] },
    {
      type: "response-metadata",
      id: options.responseId,
      modelId: options.modelId,
      timestamp: options.timestamp,
    },
  ];
  if (plan.text.length > 0) {
    const id = `${options.responseId}-text`;
    parts.push({ type: "text-start", id });
    for (const delta of wordPieces(plan.text)) parts.push({ type: "text-delta", id, delta });
    parts.push({ type: "text-end", id });
  }
  for (const call of plan.toolCalls) {
    const json = JSON.stringify(call.input);
    parts.push({ type: "tool-input-start", id: call.toolCallId, toolName: call.toolName });
    for (const delta of jsonPieces(json))
      parts.push({ type: "tool-input-delta", id: call.toolCallId, delta });
    parts.push({ type: "tool-input-end", id: call.toolCallId });
    parts.push({ type: "tool-call", toolCallId: call.toolCallId, toolName: call.toolName, input: json });
  }
  const reason = plan.toolCalls.length > 0 ? "tool-calls" : "stop";
  parts.push({
    type: "finish",
    usage: options.usage,
    finishReason: { unified: reason, raw: reason },
    providerMetadata: options.providerMetadata,
  });
  return parts;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/**
 * A stream that hands out the parts one at a time, yielding to the event loop between them (as a network stream
 * would), and errors with the abort reason as soon as the signal fires.
 */
export function emitParts(
  parts: LanguageModelV3StreamPart[],
  signal: AbortSignal | undefined,
): ReadableStream<LanguageModelV3StreamPart> {
  let position = 0;
  let onAbort: (() => void) | undefined;
  return new ReadableStream<LanguageModelV3StreamPart>({
    start(controller) {
      if (!signal) return;
      if (signal.aborted) {
        controller.error(abortReason(signal));
        return;
      }
      onAbort = () => {
        try {
          controller.error(abortReason(signal));
        } catch {
          // Already closed: nothing left to stop.
        }
      };
      signal.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted) return;
      const part = parts[position];
      position += 1;
      if (part) controller.enqueue(part);
      if (position >= parts.length) {
        if (signal && onAbort) signal.removeEventListener("abort", onAbort);
        controller.close();
      }
    },
    cancel() {
      if (signal && onAbort) signal.removeEventListener("abort", onAbort);
    },
  });
}
