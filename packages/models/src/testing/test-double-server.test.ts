import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAnthropicTestDouble } from "./anthropic-test-double.ts";
import { startGeminiTestDouble } from "./gemini-test-double.ts";
import { startOpenAITestDouble } from "./openai-test-double.ts";
import type { VendorTestDouble } from "./test-double-scenario.ts";

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("vendor test doubles", () => {
  let openai: VendorTestDouble;
  let anthropic: VendorTestDouble;
  let gemini: VendorTestDouble;
  beforeAll(async () => {
    [openai, anthropic, gemini] = await Promise.all([
      startOpenAITestDouble(),
      startAnthropicTestDouble(),
      startGeminiTestDouble(),
    ]);
  });
  afterAll(() => Promise.all([openai.close(), anthropic.close(), gemini.close()]));

  it("records what was sent: method, path, headers and JSON body", async () => {
    openai.enqueue({ type: "text", text: "hi" });
    const response = await post(
      `${openai.baseUrl}/chat/completions`,
      { model: "m", messages: [] },
      { authorization: "Bearer k" },
    );
    expect(response.status).toBe(200);
    expect(openai.requests.at(-1)).toMatchObject({
      method: "POST",
      url: "/v1/chat/completions",
      headers: { authorization: "Bearer k" },
      body: { model: "m", messages: [] },
    });
  });

  it("answers a 429 with the vendor's error JSON and retry-after", async () => {
    anthropic.enqueue({ type: "rate-limit", retryAfterSeconds: 7 });
    const response = await post(`${anthropic.baseUrl}/messages`, { model: "m", stream: true });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toEqual({
      type: "error",
      error: { type: "rate_limit_error", message: expect.any(String) },
    });
  });

  it("answers an unscripted request with a 500 and an unknown path with a 404", async () => {
    const unscripted = await post(`${gemini.baseUrl}/models/g:generateContent`, {});
    expect(unscripted.status).toBe(500);
    expect(await unscripted.json()).toMatchObject({ error: { code: 500, status: "INTERNAL" } });
    const unknown = await post(`${gemini.baseUrl}/models/g:streamGenerateContent`, {});
    expect(unknown.status).toBe(404);
  });

  it("streams Anthropic's named events in order", async () => {
    anthropic.enqueue({ type: "text", text: "abcd", chunkSize: 2 });
    const response = await post(`${anthropic.baseUrl}/messages`, { model: "m", stream: true });
    const events = [...(await response.text()).matchAll(/^event: (\S+)$/gm)].map((match) => match[1]);
    expect(events).toEqual([
      "message_start",
      "content_block_start",
      "ping",
      "content_block_delta",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
  });

  it("ends an OpenAI stream with [DONE] and sends usage only when asked", async () => {
    openai.enqueue({ type: "text", text: "x" }, { type: "text", text: "y" });
    const withUsage = await (
      await post(`${openai.baseUrl}/chat/completions`, {
        model: "m",
        stream: true,
        stream_options: { include_usage: true },
      })
    ).text();
    const withoutUsage = await (
      await post(`${openai.baseUrl}/chat/completions`, { model: "m", stream: true })
    ).text();
    expect(withUsage.trimEnd().endsWith("data: [DONE]")).toBe(true);
    expect(withUsage).toContain('"usage"');
    expect(withoutUsage).not.toContain('"usage"');
  });
});
