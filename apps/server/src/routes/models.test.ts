import { schema } from "@penny/db";
import { startAnthropicTestDouble, startOpenAITestDouble } from "@penny/models/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, chunksOf, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;
let openai: Awaited<ReturnType<typeof startOpenAITestDouble>>;
let anthropic: Awaited<ReturnType<typeof startAnthropicTestDouble>>;

beforeAll(async () => {
  openai = await startOpenAITestDouble();
  anthropic = await startAnthropicTestDouble();
  testApp = await openChatTestApp({
    engine: { models: { fallback: { maxRetries: 1, baseDelayMs: 1, timeoutMs: 10_000 } } },
  });
  await testApp.app.ready();
});
afterAll(async () => {
  await testApp?.dispose();
  await openai?.close();
  await anthropic?.close();
});

async function admin(method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(testApp.users.admin),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe("model providers", () => {
  it("stores keys encrypted and never returns them; lists models with the built-in one; refuses bad settings", async () => {
    const created = await admin("POST", "/v1/models/providers", {
      kind: "openai",
      name: "vendor",
      baseUrl: openai.baseUrl,
      apiKey: "sk-secret-openai-key",
      models: [{ id: "gpt-test", size: "large", local: false }],
      priority: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.body).not.toContain("sk-secret-openai-key");
    expect(created.json().provider).toMatchObject({ name: "vendor", hasApiKey: true });
    const stored = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.select().from(schema.credentials),
    );
    expect(stored).toHaveLength(1);
    expect(Buffer.from(stored[0]?.ciphertext as Uint8Array).toString("utf8")).not.toContain("sk-secret");

    const listed = await admin("GET", "/v1/models/providers");
    expect(listed.body).not.toContain("sk-secret-openai-key");
    const models = (await admin("GET", "/v1/models")).json() as { models: { id: string; label: string }[] };
    expect(models.models.map((model) => model.id)).toEqual(["vendor/gpt-test", "builtin"]);
    expect(models.models.at(-1)?.label).toBe("Built-in (offline)");

    const noBase = await admin("POST", "/v1/models/providers", {
      kind: "openai-compatible",
      name: "ollama",
      models: [{ id: "llama", size: "small", local: true }],
    });
    expect(noBase.statusCode).toBe(400);
    expect(noBase.json().detail).toMatch(/baseUrl/);
    const taken = await admin("POST", "/v1/models/providers", {
      kind: "openai",
      name: "vendor",
      apiKey: "sk-x",
      models: [{ id: "gpt", size: "small", local: false }],
    });
    expect(taken.statusCode).toBe(409);
    const viewer = await testApp.app.inject({
      method: "GET",
      url: "/v1/models/providers",
      headers: await testApp.headersFor(testApp.users.viewer),
    });
    expect(viewer.statusCode).toBe(403);
  });

  it("answers with the configured provider (the key goes to the vendor), falls back to the next on 429", async () => {
    openai.enqueue({ type: "text", text: "Hello from the vendor model.", chunkSize: 5 });
    const headers = await testApp.headersFor(testApp.users.admin);
    const conversation = (
      await testApp.app.inject({ method: "POST", url: "/v1/conversations", headers, payload: {} })
    ).json().conversation as { id: string };
    const answered = await testApp.app.inject({
      method: "POST",
      url: `/v1/chat/${conversation.id}/messages`,
      headers,
      payload: { content: "Say hello" },
    });
    const text = chunksOf(answered.body)
      .filter((entry) => entry.chunk.type === "text-delta")
      .map((entry) => entry.chunk.delta)
      .join("");
    expect(text).toBe("Hello from the vendor model.");
    expect(openai.requests.at(-1)?.headers.authorization).toBe("Bearer sk-secret-openai-key");
    // The model was told about the tenant's tools.
    const sentTools = ((openai.requests.at(-1)?.body.tools ?? []) as { function: { name: string } }[]).map(
      (tool) => tool.function.name,
    );
    expect(sentTools).toContain("get_company_kpis");

    // A second provider behind the first: the first keeps answering 429, the second answers.
    const second = await admin("POST", "/v1/models/providers", {
      kind: "anthropic",
      name: "backup",
      baseUrl: anthropic.baseUrl,
      apiKey: "sk-ant-test",
      models: [{ id: "claude-test", size: "large", local: false }],
      priority: 20,
    });
    expect(second.statusCode, second.body).toBe(201);
    openai.enqueue(
      { type: "rate-limit", retryAfterSeconds: 0 },
      { type: "rate-limit", retryAfterSeconds: 0 },
    );
    anthropic.enqueue({ type: "text", text: "The backup answers.", chunkSize: 4 });
    await testApp.app.inject({
      method: "PUT",
      url: "/v1/models/policy",
      headers,
      payload: { defaultModel: "vendor/gpt-test", externalAllowed: true },
    });
    const fallback = await testApp.app.inject({
      method: "POST",
      url: `/v1/chat/${conversation.id}/messages`,
      headers,
      payload: { content: "Say hello again" },
    });
    const fallbackText = chunksOf(fallback.body)
      .filter((entry) => entry.chunk.type === "text-delta")
      .map((entry) => entry.chunk.delta)
      .join("");
    expect(fallbackText).toBe("The backup answers.");
    expect(anthropic.requests.at(-1)?.headers["x-api-key"]).toBe("sk-ant-test");

    // A sensitive conversation never reaches an external model: the built-in one answers.
    const sensitive = (
      await testApp.app.inject({
        method: "POST",
        url: "/v1/conversations",
        headers,
        payload: { sensitive: true },
      })
    ).json().conversation as { id: string };
    const before = openai.requests.length + anthropic.requests.length;
    const local = await testApp.app.inject({
      method: "POST",
      url: `/v1/chat/${sensitive.id}/messages`,
      headers,
      payload: { content: "hello" },
    });
    expect(local.statusCode).toBe(200);
    expect(openai.requests.length + anthropic.requests.length).toBe(before);
    // The selection is audited with the run's last update, just after the stream's final event.
    await testApp.app.chat.settled();
    const audit = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.select().from(schema.auditEvents).orderBy(schema.auditEvents.seq),
    );
    const selections = audit.filter((event) => event.action === "model.select");
    expect(selections.at(-1)?.data).toMatchObject({ model: "builtin" });
    expect(String((selections.at(-1)?.data as { reason?: string } | undefined)?.reason)).toMatch(/excluded/);
  });
});
