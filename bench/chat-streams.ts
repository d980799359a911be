import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createArtifact, createFsBlobStore } from "@penny/artifacts";
import { createConversation } from "@penny/chat";
import { loadConfig } from "@penny/config";
import { type Database, migrate, schema } from "@penny/db";
import { seedDemo } from "@penny/demo";
import { createProviderModel } from "@penny/models";
import { startOpenAITestDouble } from "@penny/models/testing";
import { eq } from "drizzle-orm";
import { createIdentityFixture, sessionHeaders } from "../apps/server/src/__fixtures__/identity-fixture.ts";
import { buildApp, type PennyApp } from "../apps/server/src/build-app.ts";
import { createLogger } from "../apps/server/src/logger.ts";
import type { EngineOptions } from "../apps/server/src/plugins/engine.ts";

/** p50 and p99 of a list of milliseconds. */
export interface Percentiles {
  p50: number;
  p99: number;
}

export interface StreamLevel {
  concurrency: number;
  relay: Percentiles;
  penny: Percentiles;
  /** Penny's TTFT minus the relay's, per percentile: what Penny adds on top of the model. */
  added: Percentiles;
  failures: number;
}

export interface ChatBench {
  levels: StreamLevel[];
  messagesPerMinute: number;
  artifactGet: Percentiles;
  healthGet: Percentiles;
  builtinAskToChart: Percentiles;
}

const FIRST_TOKEN_DELAY_MS = 50;
const ANSWER = "The quarter closed ahead of plan, with revenue up on the previous quarter.";

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Reads a streamed body; returns ms until `isFirst` matches the text so far, then drains it. */
async function timeToFirst(response: Response, started: number, isFirst: (text: string) => boolean) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  let first: number | null = null;
  while (true) {
    const { value, done } = await reader.read();
    if (done) break;
    if (first === null) {
      text += decoder.decode(value, { stream: true });
      if (isFirst(text)) first = performance.now() - started;
    }
  }
  if (first === null) throw new Error(`no first token in: ${text.slice(0, 300)}`);
  return first;
}

/** A bare Node relay to the same model server: the least any gateway can add. */
async function startRelay(upstream: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await fetch(`${upstream}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
      body: Buffer.concat(chunks),
    });
    response.writeHead(200, { "content-type": "text/event-stream" });
    for await (const chunk of answer.body as ReadableStream<Uint8Array>) response.write(chunk);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * Time to first token through Penny (session auth, run bookkeeping, event log, bus, SSE) against a bare relay to the
 * same OpenAI-compatible test server with a fixed first-token delay, at several numbers of concurrent streams.
 */
export async function measureChatStreams(database: Database, levels: number[]): Promise<ChatBench> {
  const double = await startOpenAITestDouble({
    firstChunkDelayMs: FIRST_TOKEN_DELAY_MS,
    defaultScenario: { type: "text", text: ANSWER, chunkSize: 12 },
  });
  const relay = await startRelay(double.baseUrl);
  const blobDir = await mkdtemp(path.join(tmpdir(), "penny-bench-blobs-"));
  const blobStore = createFsBlobStore(blobDir);
  const today = new Date();
  await migrate(database);
  await seedDemo(database, { password: "bench-password", today });
  const fixture = await createIdentityFixture(database, `bench${Date.now()}`);
  const user = fixture.users.creator;
  const build = (overrides: EngineOptions = {}) =>
    buildApp({
      config: loadConfig({ LOG_LEVEL: "silent", PENNY_DATA_DIR: blobDir }),
      database,
      logger: createLogger({ level: "silent" }),
      masterKey: Buffer.alloc(32, 7),
      engine: {
        blobStore,
        approvalSweepMs: 0,
        chatLimits: {
          perUser: { limit: 1_000_000, windowMs: 60_000 },
          perTenant: { limit: 1_000_000, windowMs: 60_000 },
        },
        ...overrides,
      },
    });
  const app: PennyApp = build({
    resolveModel: async () => ({
      model: createProviderModel(
        { kind: "openai-compatible", name: "bench", baseUrl: double.baseUrl, apiKey: "sk-bench" },
        "bench-model",
      ),
      id: "bench/bench-model",
      label: "bench",
      reason: "benchmark",
    }),
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const headers = { ...(await sessionHeaders(app, user)), "content-type": "application/json" };
  try {
    const results: StreamLevel[] = [];
    for (const concurrency of levels) {
      const conversations = await Promise.all(
        Array.from({ length: concurrency }, () =>
          database.withTenant(user.tenantId, (tx) =>
            createConversation(tx, { tenantId: user.tenantId, userId: user.id }),
          ),
        ),
      );
      const relayTimes = await Promise.all(
        conversations.map(async () => {
          const started = performance.now();
          const response = await fetch(relay.url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              model: "bench-model",
              stream: true,
              messages: [{ role: "user", content: "hi" }],
            }),
          });
          return timeToFirst(response, started, (text) => text.includes('"content"'));
        }),
      );
      let failures = 0;
      const pennyTimes = (
        await Promise.all(
          conversations.map(async (conversation) => {
            const started = performance.now();
            const response = await fetch(`${url}/v1/chat/${conversation.id}/messages`, {
              method: "POST",
              headers,
              body: JSON.stringify({ content: "How did the quarter close?", toolsAllowed: ["render_chart"] }),
            });
            if (response.status !== 200) {
              failures += 1;
              await response.text();
              return null;
            }
            return timeToFirst(response, started, (text) => text.includes('"text-delta"'));
          }),
        )
      ).filter((value): value is number => value !== null);
      const relayPercentiles = percentiles(relayTimes);
      const pennyPercentiles = percentiles(pennyTimes);
      results.push({
        concurrency,
        relay: relayPercentiles,
        penny: pennyPercentiles,
        added: {
          p50: pennyPercentiles.p50 - relayPercentiles.p50,
          p99: pennyPercentiles.p99 - relayPercentiles.p99,
        },
        failures,
      });
      await app.chat.settled();
    }

    // Sustained messages: a steady 100 streams in flight until 1,000 messages have been answered.
    const sustained = 1_000;
    const conversations = await Promise.all(
      Array.from({ length: 100 }, () =>
        database.withTenant(user.tenantId, (tx) =>
          createConversation(tx, { tenantId: user.tenantId, userId: user.id }),
        ),
      ),
    );
    let sent = 0;
    const began = performance.now();
    await Promise.all(
      conversations.map(async (conversation) => {
        while (sent < sustained) {
          sent += 1;
          const response = await fetch(`${url}/v1/chat/${conversation.id}/messages`, {
            method: "POST",
            headers,
            body: JSON.stringify({ content: "Again, please.", toolsAllowed: ["render_chart"] }),
          });
          await response.text();
        }
      }),
    );
    const messagesPerMinute = (sustained / (performance.now() - began)) * 60_000;

    // Artifact content reads against the cheapest route as the baseline.
    const artifact = await createArtifact({
      database,
      blobStore,
      tenantId: user.tenantId,
      kind: "chart",
      title: "bench",
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify({
        data: { values: [{ a: "x", b: 1 }] },
        mark: "bar",
        encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
      }),
    });
    const timeGets = async (target: string, extra: Record<string, string>) => {
      const times: number[] = [];
      for (let index = 0; index < 1_000; index += 1) {
        const started = performance.now();
        const response = await fetch(target, { headers: extra });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
        times.push(performance.now() - started);
      }
      return percentiles(times);
    };
    const artifactGet = await timeGets(`${url}/v1/artifacts/${artifact.id}/content`, headers);
    const healthGet = await timeGets(`${url}/healthz`, {});
    await app.close();

    // The built-in model end to end: ask, call get_company_kpis, make the chart, answer.
    const builtinApp = build();
    const builtinUrl = await builtinApp.listen({ port: 0, host: "127.0.0.1" });
    const acmeAdmin = await database.withPlatform(async (tx) => {
      const [row] = await tx
        .select({ id: schema.users.id, tenantId: schema.memberships.tenantId })
        .from(schema.users)
        .innerJoin(schema.memberships, eq(schema.memberships.userId, schema.users.id))
        .where(eq(schema.users.email, "admin@acme.test"));
      return row as { id: string; tenantId: string };
    });
    const adminHeaders = {
      ...(await sessionHeaders(builtinApp, { ...acmeAdmin, email: "admin@acme.test", role: "admin" })),
      "content-type": "application/json",
    };
    const askTimes: number[] = [];
    for (let index = 0; index < 20; index += 1) {
      const conversation = await database.withTenant(acmeAdmin.tenantId, (tx) =>
        createConversation(tx, { tenantId: acmeAdmin.tenantId, userId: acmeAdmin.id }),
      );
      const started = performance.now();
      const response = await fetch(`${builtinUrl}/v1/chat/${conversation.id}/messages`, {
        method: "POST",
        headers: adminHeaders,
        body: JSON.stringify({ content: "What's our revenue this quarter?" }),
      });
      const body = await response.text();
      if (!body.includes('"data-artifact"')) throw new Error("the built-in model made no chart");
      askTimes.push(performance.now() - started);
    }
    await builtinApp.close();
    return {
      levels: results,
      messagesPerMinute,
      artifactGet,
      healthGet,
      builtinAskToChart: percentiles(askTimes),
    };
  } finally {
    if (app.server.listening) await app.close();
    relay.server.close();
    await double.close();
    await rm(blobDir, { recursive: true, force: true });
  }
}
