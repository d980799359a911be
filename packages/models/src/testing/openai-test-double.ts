import { randomUUID } from "node:crypto";
import { chunkText } from "./chunk-text.ts";
import { startTestDouble } from "./start-test-double.ts";
import type { ScenarioUsage, TestDoubleOptions, VendorTestDouble } from "./test-double-scenario.ts";
import { type AnswerScenario, sseFrame, type VendorWireFormat } from "./vendor-wire-format.ts";

/**
 * A test double of the OpenAI Chat Completions API (`POST /v1/chat/completions`), streamed or not. It also stands
 * in for OpenAI-compatible servers (Ollama, vLLM, LM Studio), which speak the same format.
 */
export function startOpenAITestDouble(options: TestDoubleOptions = {}): Promise<VendorTestDouble> {
  return startTestDouble(openAIWireFormat, options);
}

const created = () => Math.floor(Date.now() / 1000);

const openAIWireFormat: VendorWireFormat = {
  versionPrefix: "/v1",

  route(method, url, body) {
    if (method !== "POST" || url.pathname !== "/v1/chat/completions") return undefined;
    return { model: String(body.model ?? ""), stream: body.stream === true, body };
  },

  streamFrames(answer, route, usage) {
    const id = `chatcmpl-${randomUUID()}`;
    const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
      sseFrame({
        id,
        object: "chat.completion.chunk",
        created: created(),
        model: route.model,
        system_fingerprint: null,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      });
    const opening = [chunk({ role: "assistant", content: "" })];
    const closing = [chunk({}, answer.type === "text" ? "stop" : "tool_calls")];
    if (wantsUsage(route.body)) {
      closing.push(
        sseFrame({
          id,
          object: "chat.completion.chunk",
          created: created(),
          model: route.model,
          choices: [],
          usage: wireUsage(usage),
        }),
      );
    }
    closing.push(sseFrame("[DONE]"));
    if (answer.type === "text") {
      return {
        opening,
        content: chunkText(answer.text, answer.chunkSize).map((text) => chunk({ content: text })),
        closing,
      };
    }
    const callId = answer.id ?? `call_${randomUUID().replaceAll("-", "").slice(0, 24)}`;
    const argumentPieces = chunkText(JSON.stringify(answer.args), 8);
    return {
      opening,
      content: [
        chunk({
          tool_calls: [
            { index: 0, id: callId, type: "function", function: { name: answer.name, arguments: "" } },
          ],
        }),
        ...argumentPieces.map((piece) =>
          chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }),
        ),
      ],
      closing,
    };
  },

  responseBody(answer, route, usage) {
    return {
      id: `chatcmpl-${randomUUID()}`,
      object: "chat.completion",
      created: created(),
      model: route.model,
      choices: [
        {
          index: 0,
          message: message(answer),
          logprobs: null,
          finish_reason: answer.type === "text" ? "stop" : "tool_calls",
        },
      ],
      usage: wireUsage(usage),
    };
  },

  errorBody(kind, text) {
    switch (kind) {
      case "rate-limit":
        return {
          status: 429,
          body: { error: { message: text, type: "requests", param: null, code: "rate_limit_exceeded" } },
        };
      case "not-found":
        return {
          status: 404,
          body: { error: { message: text, type: "invalid_request_error", param: null, code: "unknown_url" } },
        };
      default:
        return {
          status: 500,
          body: { error: { message: text, type: "server_error", param: null, code: null } },
        };
    }
  },
};

/** OpenAI sends the usage chunk only when the request asks for it. */
function wantsUsage(body: Record<string, unknown>): boolean {
  const streamOptions = body.stream_options as { include_usage?: unknown } | undefined;
  return streamOptions?.include_usage === true;
}

function message(answer: AnswerScenario): Record<string, unknown> {
  if (answer.type === "text") return { role: "assistant", content: answer.text, refusal: null };
  return {
    role: "assistant",
    content: null,
    tool_calls: [
      {
        id: answer.id ?? `call_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
        type: "function",
        function: { name: answer.name, arguments: JSON.stringify(answer.args) },
      },
    ],
  };
}

function wireUsage(usage: ScenarioUsage) {
  return {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
  };
}
