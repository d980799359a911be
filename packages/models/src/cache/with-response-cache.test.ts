import type { LanguageModelV3 } from "@ai-sdk/provider";
import type { Database } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { generateText, type ModelMessage, streamText } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProviderModel } from "../providers/index.ts";
import { collectStream, startOpenAITestDouble, type VendorTestDouble } from "../testing/index.ts";
import { createTenant } from "./__fixtures__/create-tenant.ts";
import { databaseResponseCache } from "./database-response-cache.ts";
import { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";
import { withResponseCache } from "./with-response-cache.ts";

const ignore = () => {};

describe("withResponseCache over the database", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let tenantA: string;
  let tenantB: string;
  let double: VendorTestDouble;
  let model: LanguageModelV3;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    tenantA = await createTenant(database, "A");
    tenantB = await createTenant(database, "B");
    double = await startOpenAITestDouble();
    model = createProviderModel(
      { kind: "openai", name: "openai", baseUrl: double.baseUrl, apiKey: "k" },
      "gpt-test",
    );
  });
  afterAll(async () => {
    await double.close();
    await testDatabase.dispose();
  });

  const cached = (tenantId: string, extra: Partial<Parameters<typeof withResponseCache>[1]> = {}) =>
    withResponseCache(model, { store: databaseResponseCache(database, tenantId), ttlMs: 60_000, ...extra });

  it("replays a cached stream without calling the model again, and marks it as a hit", async () => {
    double.enqueue({ type: "text", text: "The answer is 42.", chunkSize: 4 });
    const before = double.requests.length;
    const first = streamText({
      model: cached(tenantA),
      prompt: "What is the answer?",
      temperature: 0,
      maxRetries: 0,
    });
    const firstCollected = await collectStream(first);
    expect(await first.providerMetadata).not.toHaveProperty("penny");

    const second = streamText({
      model: cached(tenantA),
      prompt: "What is the answer?",
      temperature: 0,
      maxRetries: 0,
    });
    const secondCollected = await collectStream(second);
    expect(double.requests.length - before).toBe(1);
    expect(secondCollected.textDeltas).toEqual(firstCollected.textDeltas);
    expect(secondCollected.text).toBe("The answer is 42.");
    expect(await second.providerMetadata).toMatchObject({ penny: { cacheHit: true } });
    expect((await second.usage).outputTokens).toBe((await first.usage).outputTokens);
  });

  it("never hands tenant B the answer tenant A cached", async () => {
    double.enqueue({ type: "text", text: "Secret for A" }, { type: "text", text: "Answer for B" });
    const prompt = "Tell me the plan";
    const forA = await generateText({ model: cached(tenantA), prompt, maxRetries: 0 });
    const forB = await generateText({ model: cached(tenantB), prompt, maxRetries: 0 });
    expect(forA.text).toBe("Secret for A");
    expect(forB.text).toBe("Answer for B");
    const againA = await generateText({ model: cached(tenantA), prompt, maxRetries: 0 });
    const againB = await generateText({ model: cached(tenantB), prompt, maxRetries: 0 });
    expect([againA.text, againB.text]).toEqual(["Secret for A", "Answer for B"]);
    expect(againA.providerMetadata).toMatchObject({ penny: { cacheHit: true } });
  });

  it("does not cache when the temperature is above zero, unless allowed", async () => {
    double.enqueue(
      { type: "text", text: "one" },
      { type: "text", text: "two" },
      { type: "text", text: "three" },
    );
    const prompt = "Be creative";
    const answers = [];
    for (let index = 0; index < 2; index++) {
      answers.push(
        (await generateText({ model: cached(tenantA), prompt, temperature: 0.7, maxRetries: 0 })).text,
      );
    }
    expect(answers).toEqual(["one", "two"]);
    const allowed = cached(tenantA, { allowNonZeroTemperature: true });
    const first = await generateText({ model: allowed, prompt, temperature: 0.7, maxRetries: 0 });
    const second = await generateText({ model: allowed, prompt, temperature: 0.7, maxRetries: 0 });
    expect([first.text, second.text]).toEqual(["three", "three"]);
  });

  it("does not cache when the prompt carries tool results", async () => {
    double.enqueue({ type: "text", text: "sunny" }, { type: "text", text: "rainy" });
    const messages: ModelMessage[] = [
      { role: "user", content: "Weather in Lima?" },
      {
        role: "assistant",
        content: [{ type: "tool-call", toolCallId: "call-1", toolName: "weather", input: { city: "Lima" } }],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "call-1",
            toolName: "weather",
            output: { type: "json", value: { sky: "clear" } },
          },
        ],
      },
    ];
    const first = await generateText({ model: cached(tenantA), messages, maxRetries: 0 });
    const second = await generateText({ model: cached(tenantA), messages, maxRetries: 0 });
    expect([first.text, second.text]).toEqual(["sunny", "rainy"]);
  });

  it("does not cache a stream that failed", async () => {
    double.enqueue(
      { type: "cut", afterChunks: 1, text: "partial answer" },
      { type: "text", text: "whole answer" },
    );
    const prompt = "Unlucky question";
    const failed = await collectStream(
      streamText({ model: cached(tenantA), prompt, maxRetries: 0, onError: ignore }),
    );
    expect(failed.error).toBeDefined();
    const retried = await collectStream(streamText({ model: cached(tenantA), prompt, maxRetries: 0 }));
    expect(retried.text).toBe("whole answer");
  });

  it("keys on the extra key and the settings", async () => {
    double.enqueue(
      { type: "text", text: "v1" },
      { type: "text", text: "v2" },
      { type: "text", text: "short" },
    );
    const prompt = "Versioned";
    const v1 = await generateText({
      model: cached(tenantA, { key: { template: 1 } }),
      prompt,
      maxRetries: 0,
    });
    const v2 = await generateText({
      model: cached(tenantA, { key: { template: 2 } }),
      prompt,
      maxRetries: 0,
    });
    const limited = await generateText({
      model: cached(tenantA, { key: { template: 1 } }),
      prompt,
      maxOutputTokens: 5,
      maxRetries: 0,
    });
    const v1Again = await generateText({
      model: cached(tenantA, { key: { template: 1 } }),
      prompt,
      maxRetries: 0,
    });
    expect([v1.text, v2.text, limited.text, v1Again.text]).toEqual(["v1", "v2", "short", "v1"]);
  });

  it("refuses invalid options", () => {
    expect(() =>
      withResponseCache(model, { store: databaseResponseCache(database, tenantA), ttlMs: 0 }),
    ).toThrow(ResponseCacheInvalidError);
  });
});
