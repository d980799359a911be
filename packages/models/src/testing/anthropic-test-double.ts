import { randomUUID } from "node:crypto";
import { chunkText } from "./chunk-text.ts";
import { startTestDouble } from "./start-test-double.ts";
import type { TestDoubleOptions, VendorTestDouble } from "./test-double-scenario.ts";
import { sseFrame, type VendorWireFormat } from "./vendor-wire-format.ts";

/** A test double of the Anthropic Messages API (`POST /v1/messages`), streamed as named events or not. */
export function startAnthropicTestDouble(options: TestDoubleOptions = {}): Promise<VendorTestDouble> {
  return startTestDouble(anthropicWireFormat, options);
}

const messageId = () => `msg_${randomUUID().replaceAll("-", "")}`;
const toolUseId = () => `toolu_${randomUUID().replaceAll("-", "").slice(0, 24)}`;
const event = (data: { type: string } & Record<string, unknown>) => sseFrame(data, data.type);

const anthropicWireFormat: VendorWireFormat = {
  versionPrefix: "/v1",

  route(method, url, body) {
    if (method !== "POST" || url.pathname !== "/v1/messages") return undefined;
    return { model: String(body.model ?? ""), stream: body.stream === true, body };
  },

  streamFrames(answer, route, usage) {
    const block =
      answer.type === "text"
        ? { type: "text", text: "" }
        : { type: "tool_use", id: answer.id ?? toolUseId(), name: answer.name, input: {} };
    const opening = [
      event({
        type: "message_start",
        message: {
          id: messageId(),
          type: "message",
          role: "assistant",
          model: route.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: usage.inputTokens, output_tokens: 1 },
        },
      }),
      event({ type: "content_block_start", index: 0, content_block: block }),
      event({ type: "ping" }),
    ];
    const content =
      answer.type === "text"
        ? chunkText(answer.text, answer.chunkSize).map((text) =>
            event({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }),
          )
        : chunkText(JSON.stringify(answer.args), 8).map((partial_json) =>
            event({
              type: "content_block_delta",
              index: 0,
              delta: { type: "input_json_delta", partial_json },
            }),
          );
    const closing = [
      event({ type: "content_block_stop", index: 0 }),
      event({
        type: "message_delta",
        delta: { stop_reason: answer.type === "text" ? "end_turn" : "tool_use", stop_sequence: null },
        usage: { output_tokens: usage.outputTokens },
      }),
      event({ type: "message_stop" }),
    ];
    return { opening, content, closing };
  },

  responseBody(answer, route, usage) {
    return {
      id: messageId(),
      type: "message",
      role: "assistant",
      model: route.model,
      content:
        answer.type === "text"
          ? [{ type: "text", text: answer.text }]
          : [{ type: "tool_use", id: answer.id ?? toolUseId(), name: answer.name, input: answer.args }],
      stop_reason: answer.type === "text" ? "end_turn" : "tool_use",
      stop_sequence: null,
      usage: { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens },
    };
  },

  errorBody(kind, message) {
    const [status, type] =
      kind === "rate-limit"
        ? [429, "rate_limit_error"]
        : kind === "not-found"
          ? [404, "not_found_error"]
          : [500, "api_error"];
    return { status, body: { type: "error", error: { type, message } } };
  },
};
