import { createRedisEventBus, type EventBus } from "@penny/bus";
import { loadConfig } from "@penny/config";
import { schema } from "@penny/db";
import { createProviderModel } from "@penny/models";
import { startOpenAITestDouble } from "@penny/models/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSse } from "../__fixtures__/chat-fixture.ts";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, TEST_MASTER_KEY, type TestApp } from "../__fixtures__/test-app.ts";
import { buildApp, type PennyApp } from "../build-app.ts";
import { createLogger } from "../logger.ts";

/**
 * Two server processes sharing one database and Redis: a client that loses its connection to the first resumes on
 * the second and gets every event exactly once, and a stop sent to the second ends the run the first is writing.
 * The model is the OpenAI test double holding its stream open mid-answer, so nothing here depends on timing.
 */
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const ANSWER = "Revenue grew steadily this quarter, led by the robotics unit and two large renewals.";

let first: TestApp;
let second: PennyApp;
let buses: EventBus[];
let fixture: IdentityFixture;
let double: Awaited<ReturnType<typeof startOpenAITestDouble>>;
let firstUrl: string;
let secondUrl: string;

beforeAll(async () => {
  double = await startOpenAITestDouble();
  const resolveModel = async () => ({
    model: createProviderModel(
      { kind: "openai", name: "vendor", baseUrl: double.baseUrl, apiKey: "sk-test" },
      "gpt-test",
    ),
    id: "vendor/gpt-test",
    label: "vendor/gpt-test",
    reason: "test",
  });
  buses = [createRedisEventBus(REDIS_URL), createRedisEventBus(REDIS_URL)];
  first = await openTestApp({ engine: { bus: buses[0], resolveModel } });
  second = buildApp({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    database: first.database,
    logger: createLogger({ level: "silent" }),
    masterKey: TEST_MASTER_KEY,
    engine: { bus: buses[1], resolveModel, approvalSweepMs: 0 },
  });
  firstUrl = await first.app.listen({ port: 0, host: "127.0.0.1" });
  secondUrl = await second.listen({ port: 0, host: "127.0.0.1" });
  fixture = await createIdentityFixture(first.database, "resume");
});

afterAll(async () => {
  double?.release();
  await second?.close();
  await first?.dispose();
  for (const bus of buses ?? []) await bus.close();
  await double?.close();
});

async function conversationFor(headers: Record<string, string>) {
  const response = await fetch(`${firstUrl}/v1/conversations`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: "{}",
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { conversation: { id: string } }).conversation.id;
}

/** Reads SSE events from a fetch response until `enough` says stop (then drops the connection) or it ends. */
async function readEvents(response: Response, enough: (events: { id: number; data: string }[]) => boolean) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: { id: number; data: string }[] = [];
  while (true) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const complete = buffer.lastIndexOf("\n\n");
    if (complete >= 0) {
      for (const event of parseSse(buffer.slice(0, complete + 2))) {
        if (event.data !== "[DONE]") events.push({ id: event.id as number, data: event.data });
      }
      buffer = buffer.slice(complete + 2);
    }
    if (enough(events)) {
      await reader.cancel();
      break;
    }
  }
  return events;
}

describe("streams across server processes", () => {
  it("a client cut off from process A resumes on process B with Last-Event-ID: nothing lost, nothing twice", async () => {
    const headers = await sessionHeaders(first.app, fixture.users.creator);
    const conversationId = await conversationFor(headers);
    double.enqueue({ type: "text", text: ANSWER, chunkSize: 6, holdAfterChunks: 4 });
    const response = await fetch(`${firstUrl}/v1/chat/${conversationId}/messages`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ content: "How is revenue doing?" }),
    });
    expect(response.status).toBe(200);
    // Read until some text has arrived, then drop the connection while the model is still answering.
    const before = await readEvents(response, (events) =>
      events.some((event) => JSON.parse(event.data).type === "text-delta"),
    );
    await double.held();
    const lastSeen = before.at(-1)?.id as number;

    const resumed = await fetch(`${secondUrl}/v1/chat/${conversationId}/stream`, {
      headers: { ...headers, "last-event-id": String(lastSeen) },
    });
    expect(resumed.status).toBe(200);
    const reading = readEvents(resumed, () => false);
    double.release();
    const after = await reading;

    const all = [...before, ...after];
    const ids = all.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ids.map((_, index) => (ids[0] as number) + index));
    const chunks = all.map((event) => JSON.parse(event.data) as { type: string; delta?: string });
    expect(chunks.at(-1)?.type).toBe("finish");
    expect(
      chunks
        .filter((chunk) => chunk.type === "text-delta")
        .map((chunk) => chunk.delta)
        .join(""),
    ).toBe(ANSWER);
    // What the client read equals what was stored.
    const stored = await first.database.withTenant(fixture.tenantA.id, (tx) =>
      tx.select().from(schema.runEvents).where(eq(schema.runEvents.conversationId, conversationId)),
    );
    expect(stored.map((row) => row.seq).sort((a, b) => a - b)).toEqual(ids);
  });

  it("a stop sent to process B ends the run process A is writing, with an abort event", async () => {
    const headers = await sessionHeaders(first.app, fixture.users.creator);
    const conversationId = await conversationFor(headers);
    double.enqueue({ type: "text", text: ANSWER, chunkSize: 6, holdAfterChunks: 2 });
    const response = await fetch(`${firstUrl}/v1/chat/${conversationId}/messages`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ content: "Tell me about revenue" }),
    });
    const reading = readEvents(response, () => false);
    await double.held();
    const stopped = await fetch(`${secondUrl}/v1/chat/${conversationId}/stop`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: "{}",
    });
    expect(stopped.status).toBe(200);
    const events = await reading;
    double.release();
    const types = events.map((event) => JSON.parse(event.data).type);
    expect(types.at(-1)).toBe("abort");
    await first.app.chat.settled();
    const runs = await first.database.withTenant(fixture.tenantA.id, (tx) =>
      tx.select().from(schema.runs).where(eq(schema.runs.conversationId, conversationId)),
    );
    expect(runs.map((run) => run.status)).toEqual(["cancelled"]);
  });
});
