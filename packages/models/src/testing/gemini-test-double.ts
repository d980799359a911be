import { randomUUID } from "node:crypto";
import { chunkText } from "./chunk-text.ts";
import { startTestDouble } from "./start-test-double.ts";
import type { ScenarioUsage, TestDoubleOptions, VendorTestDouble } from "./test-double-scenario.ts";
import { type AnswerScenario, sseFrame, type VendorWireFormat } from "./vendor-wire-format.ts";

/**
 * A test double of the Google Gemini API: `POST /v1beta/models/{model}:streamGenerateContent?alt=sse` and
 * `:generateContent`.
 */
export function startGeminiTestDouble(options: TestDoubleOptions = {}): Promise<VendorTestDouble> {
  return startTestDouble(geminiWireFormat, options);
}

const ROUTE = /^\/v1beta\/models\/([^/:]+):(streamGenerateContent|generateContent)$/;

const geminiWireFormat: VendorWireFormat = {
  versionPrefix: "/v1beta",

  route(method, url, body) {
    const match = ROUTE.exec(url.pathname);
    if (method !== "POST" || !match) return undefined;
    const stream = match[2] === "streamGenerateContent";
    if (stream && url.searchParams.get("alt") !== "sse") return undefined;
    return { model: decodeURIComponent(match[1] ?? ""), stream, body };
  },

  streamFrames(answer, route, usage) {
    const responseId = randomUUID();
    const chunk = (candidate: Record<string, unknown>, withUsage = false) =>
      sseFrame({
        candidates: [{ ...candidate, index: 0 }],
        ...(withUsage ? { usageMetadata: wireUsage(usage) } : {}),
        modelVersion: route.model,
        responseId,
      });
    const content = parts(answer, true).map((part) => chunk({ content: { parts: [part], role: "model" } }));
    return { opening: [], content, closing: [chunk({ finishReason: "STOP" }, true)] };
  },

  responseBody(answer, route, usage) {
    return {
      candidates: [
        { content: { parts: parts(answer, false), role: "model" }, finishReason: "STOP", index: 0 },
      ],
      usageMetadata: wireUsage(usage),
      modelVersion: route.model,
      responseId: randomUUID(),
    };
  },

  errorBody(kind, message) {
    const [code, status] =
      kind === "rate-limit"
        ? [429, "RESOURCE_EXHAUSTED"]
        : kind === "not-found"
          ? [404, "NOT_FOUND"]
          : [500, "INTERNAL"];
    return { status: code, body: { error: { code, message, status } } };
  },
};

/** Gemini streams text in pieces but sends a function call whole, in one part. */
function parts(answer: AnswerScenario, streamed: boolean): Record<string, unknown>[] {
  if (answer.type === "tool-call") return [{ functionCall: { name: answer.name, args: answer.args } }];
  return (streamed ? chunkText(answer.text, answer.chunkSize) : [answer.text]).map((text) => ({ text }));
}

function wireUsage(usage: ScenarioUsage) {
  return {
    promptTokenCount: usage.inputTokens,
    candidatesTokenCount: usage.outputTokens,
    totalTokenCount: usage.inputTokens + usage.outputTokens,
  };
}
