import type { LanguageModelV3 } from "@ai-sdk/provider";
import { APICallError } from "@ai-sdk/provider";
import { generateText, jsonSchema, streamText, tool } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModelUnavailableError, withFallback } from "../policy/index.ts";
import {
  collectStream,
  startAnthropicTestDouble,
  startGeminiTestDouble,
  startOpenAITestDouble,
  type TestDoubleOptions,
  type VendorTestDouble,
} from "../testing/index.ts";
import { createProviderModel } from "./create-provider-model.ts";
import { type ProviderKind, providerKinds } from "./provider-kind.ts";

(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;
/** The failures are asserted from the stream; this keeps `streamText` from also logging them. */
const ignore = () => {};

/** The double each kind is tested against; a new kind fails to compile until it has one. */
const doubles: Record<ProviderKind, (options?: TestDoubleOptions) => Promise<VendorTestDouble>> = {
  openai: startOpenAITestDouble,
  anthropic: startAnthropicTestDouble,
  google: startGeminiTestDouble,
  "openai-compatible": startOpenAITestDouble,
};

/** Where each vendor expects its key. */
const keyHeader: Record<ProviderKind, (key: string) => [string, string]> = {
  openai: (key) => ["authorization", `Bearer ${key}`],
  anthropic: (key) => ["x-api-key", key],
  google: (key) => ["x-goog-api-key", key],
  "openai-compatible": (key) => ["authorization", `Bearer ${key}`],
};

/** The tool names a vendor received, read from its own request format. */
function sentToolNames(kind: ProviderKind, body: Record<string, unknown>): string[] {
  if (kind === "google") {
    const tools = body.tools as { functionDeclarations: { name: string }[] }[];
    return tools.flatMap((entry) => entry.functionDeclarations.map((declaration) => declaration.name));
  }
  if (kind === "anthropic") return (body.tools as { name: string }[]).map((entry) => entry.name);
  return (body.tools as { function: { name: string } }[]).map((entry) => entry.function.name);
}

const weatherTool = tool({
  description: "Looks up the weather",
  inputSchema: jsonSchema<{ city: string; days: number }>({
    type: "object",
    properties: { city: { type: "string" }, days: { type: "number" } },
    required: ["city", "days"],
  }),
});

describe.each(providerKinds)("the %s provider against its vendor test double", (kind) => {
  let double: VendorTestDouble;
  let backup: VendorTestDouble;
  let model: LanguageModelV3;
  const apiKey = `key-for-${kind}`;
  const modelId = `model-${kind}`;

  beforeAll(async () => {
    double = await doubles[kind]();
    backup = await doubles[kind]();
    model = createProviderModel({ kind, name: `${kind} test`, baseUrl: double.baseUrl, apiKey }, modelId);
  });
  afterAll(async () => {
    await double.close();
    await backup.close();
  });

  it("streams text in order, sending the key and the model", async () => {
    const text = "The quick brown fox jumps over the lazy dog.";
    double.enqueue({ type: "text", text, chunkSize: 5 });
    const before = double.requests.length;
    const collected = await collectStream(streamText({ model, prompt: "Say the pangram", maxRetries: 0 }));
    expect(collected.error).toBeUndefined();
    expect(collected.textDeltas).toEqual(text.match(/.{1,5}/gs));
    const request = double.requests[before];
    const [header, value] = keyHeader[kind](apiKey);
    expect(request?.headers[header]).toBe(value);
    expect(JSON.stringify(request?.body)).toContain("Say the pangram");
    if (kind === "google") expect(request?.url).toContain(`/models/${modelId}:streamGenerateContent`);
    else expect(request?.body.model).toBe(modelId);
  });

  it("assembles tool-call deltas into one call with the right JSON input, after sending the tool schema", async () => {
    const args = { city: "Valparaíso", days: 3 };
    double.enqueue({ type: "tool-call", name: "lookup_weather", args });
    const before = double.requests.length;
    const result = streamText({
      model,
      prompt: "Weather?",
      tools: { lookup_weather: weatherTool },
      maxRetries: 0,
    });
    const calls = await result.toolCalls;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.toolName).toBe("lookup_weather");
    expect(calls[0]?.input).toEqual(args);
    expect(await result.finishReason).toBe("tool-calls");
    const body = double.requests[before]?.body ?? {};
    expect(sentToolNames(kind, body)).toEqual(["lookup_weather"]);
    expect(JSON.stringify(body.tools)).toContain('"days"');
  });

  it("retries a 429 and then answers", async () => {
    double.enqueue({ type: "rate-limit", retryAfterSeconds: 0 }, { type: "text", text: "after the wait" });
    const before = double.requests.length;
    const collected = await collectStream(streamText({ model, prompt: "Hello", maxRetries: 1 }));
    expect(collected.error).toBeUndefined();
    expect(collected.text).toBe("after the wait");
    expect(double.requests.length - before).toBe(2);
  });

  it("surfaces a 500 as an API error with its status", async () => {
    double.enqueue({ type: "server-error" });
    const collected = await collectStream(
      streamText({ model, prompt: "Hello", maxRetries: 0, onError: ignore }),
    );
    expect(APICallError.isInstance(collected.error)).toBe(true);
    expect((collected.error as APICallError).statusCode).toBe(500);
    expect(collected.text).toBe("");
  });

  it("falls back to the next model on a 500 when wrapped", async () => {
    double.enqueue({ type: "server-error" });
    backup.enqueue({ type: "text", text: "from the backup" });
    const backupModel = createProviderModel(
      { kind, name: "backup", baseUrl: backup.baseUrl, apiKey },
      modelId,
    );
    const fallback = withFallback(
      [
        { label: "primary", model },
        { label: "backup", model: backupModel },
      ],
      { maxRetries: 0, timeoutMs: 30_000, baseDelayMs: 0 },
    );
    const collected = await collectStream(streamText({ model: fallback, prompt: "Hello", maxRetries: 0 }));
    expect(collected.error).toBeUndefined();
    expect(collected.text).toBe("from the backup");
  });

  it("ends a stream cut mid-way in an error, not a hang", async () => {
    double.enqueue({ type: "cut", afterChunks: 2, text: "abcdefghijklmnop", chunkSize: 4 });
    const collected = await collectStream(
      streamText({ model, prompt: "Hello", maxRetries: 0, onError: ignore }),
    );
    expect(collected.error).toBeDefined();
    expect(collected.text).toBe("abcdefgh");
  });

  it("reports usage when streaming and when not", async () => {
    double.enqueue(
      { type: "text", text: "counted", usage: { inputTokens: 12, outputTokens: 7 } },
      { type: "text", text: "counted again", usage: { inputTokens: 30, outputTokens: 9 } },
    );
    const streamed = streamText({ model, prompt: "Count", maxRetries: 0 });
    const usage = await streamed.usage;
    expect([usage.inputTokens, usage.outputTokens]).toEqual([12, 7]);
    const generated = await generateText({ model, prompt: "Count", maxRetries: 0 });
    expect(generated.text).toBe("counted again");
    expect([generated.usage.inputTokens, generated.usage.outputTokens]).toEqual([30, 9]);
  });

  it("returns a non-streamed tool call from generateText", async () => {
    double.enqueue({ type: "tool-call", name: "lookup_weather", args: { city: "Lima", days: 1 } });
    const generated = await generateText({
      model,
      prompt: "Weather?",
      tools: { lookup_weather: weatherTool },
      maxRetries: 0,
    });
    expect(generated.toolCalls.map((call) => [call.toolName, call.input])).toEqual([
      ["lookup_weather", { city: "Lima", days: 1 }],
    ]);
  });

  it("rejects every attempt with ModelUnavailableError when wrapped and nothing answers", async () => {
    double.enqueue({ type: "server-error" });
    backup.enqueue({ type: "server-error" });
    const backupModel = createProviderModel(
      { kind, name: "backup", baseUrl: backup.baseUrl, apiKey },
      modelId,
    );
    const fallback = withFallback(
      [
        { label: "primary", model },
        { label: "backup", model: backupModel },
      ],
      { maxRetries: 0, timeoutMs: 30_000, baseDelayMs: 0 },
    );
    const error = await generateText({ model: fallback, prompt: "Hello", maxRetries: 0 }).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(
      (error as ModelUnavailableError).attempts.map((attempt) => [attempt.label, attempt.statusCode]),
    ).toEqual([
      ["primary", 500],
      ["backup", 500],
    ]);
  });
});
