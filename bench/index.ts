/**
 * `npm run bench`: the cost of tenant isolation and the cold start, on PGlite and PostgreSQL side by side.
 * PostgreSQL is reached through BENCH_DATABASE_URL, else DATABASE_URL, else the local server; each run uses a fresh
 * database and drops it afterwards. Set BENCH_OPS to change the number of operations per loop (default 2000).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Database } from "@penny/db";
import { createFreshPostgresDatabase, dropPostgresDatabase } from "@penny/db/testing";
import { type AuthCost, measureAuthCost } from "./auth-cost.ts";
import { type ChatBench, measureChatStreams } from "./chat-streams.ts";
import { measureColdStart } from "./cold-start.ts";
import { measureEgressOverhead, printEgressReport } from "./egress.ts";
import { type IsolationCost, measureIsolationCost } from "./isolation-cost.ts";
import { measureKnowledge, printKnowledgeReport } from "./knowledge.ts";
import { measureSandbox, printSandboxReport } from "./sandbox.ts";
import { measureBundle, measureLongConversation, printWebReport } from "./web.ts";

const operations = Number(process.env.BENCH_OPS ?? 2000);
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const masterKey = Buffer.alloc(32, 9).toString("base64");
/** BENCH_ONLY=chat (or isolation, auth, cold, egress, sandbox, web, knowledge, comma-separated) runs just those parts. */
const only = process.env.BENCH_ONLY?.split(",").map((part) => part.trim());
const want = (part: "isolation" | "auth" | "cold" | "chat" | "egress" | "sandbox" | "web" | "knowledge") =>
  !only || only.includes(part);
const streamLevels = (process.env.BENCH_STREAMS ?? "50,200,500").split(",").map(Number);

interface BackendResult {
  name: string;
  cost?: IsolationCost;
  auth?: AuthCost;
  coldStartMs?: { first: number; restart: number };
  chat?: ChatBench;
  skipped?: string;
}

async function benchPglite(): Promise<BackendResult> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "penny-bench-"));
  try {
    const database = await Database.open({ dataDir: path.join(dataDir, "pglite") });
    const cost = want("isolation") ? await measureIsolationCost(database, operations) : undefined;
    const auth = want("auth") ? await measureAuthCost(database, operations) : undefined;
    await database.close();
    const startDir = path.join(dataDir, "start");
    const coldStartMs = want("cold")
      ? {
          first: await measureColdStart({ PENNY_DATA_DIR: startDir }),
          restart: await measureColdStart({ PENNY_DATA_DIR: startDir }),
        }
      : undefined;
    let chat: ChatBench | undefined;
    if (want("chat")) {
      const chatDatabase = await Database.open({ dataDir: path.join(dataDir, "chat") });
      chat = await measureChatStreams(chatDatabase, streamLevels).finally(() => chatDatabase.close());
    }
    return { name: "PGlite (embedded)", cost, auth, coldStartMs, chat };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<BackendResult> {
  let url: string;
  try {
    url = await createFreshPostgresDatabase(serverUrl, "penny_bench");
  } catch (error) {
    return {
      name: "PostgreSQL",
      skipped: `not reachable at ${new URL(serverUrl).host}: ${(error as Error).message}`,
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "penny-bench-"));
  try {
    const database = await Database.open({ url, poolSize: 4 });
    const cost = want("isolation") ? await measureIsolationCost(database, operations) : undefined;
    const auth = want("auth") ? await measureAuthCost(database, operations) : undefined;
    await database.close();
    const startUrl = await createFreshPostgresDatabase(serverUrl, "penny_bench");
    const environment = { DATABASE_URL: startUrl, PENNY_MASTER_KEY: masterKey, PENNY_DATA_DIR: dataDir };
    try {
      const coldStartMs = want("cold")
        ? { first: await measureColdStart(environment), restart: await measureColdStart(environment) }
        : undefined;
      if (!want("chat")) return { name: "PostgreSQL", cost, auth, coldStartMs };
      const chatUrl = await createFreshPostgresDatabase(serverUrl, "penny_bench");
      const chatDatabase = await Database.open({ url: chatUrl, poolSize: 10 });
      const chat = await measureChatStreams(chatDatabase, streamLevels).finally(async () => {
        await chatDatabase.close();
        await dropPostgresDatabase(serverUrl, chatUrl);
      });
      return { name: "PostgreSQL", cost, auth, coldStartMs, chat };
    } finally {
      await dropPostgresDatabase(serverUrl, startUrl);
    }
  } finally {
    await dropPostgresDatabase(serverUrl, url);
    await rm(dataDir, { recursive: true, force: true });
  }
}

function printReport(results: BackendResult[]) {
  const format = (value: number) => Math.round(value).toLocaleString("en-US");
  const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}×`;
  console.log(`\nPenny benchmark — ${operations} operations per loop, one transaction each\n`);
  const rows: string[][] = [["", ...results.map((result) => result.name)]];
  const cell = (pick: (result: BackendResult) => string) =>
    results.map((result) => (result.skipped ? "skipped" : pick(result)));
  rows.push([
    "inserts/s through withTenant",
    ...cell((r) => format(r.cost?.insertsPerSecond.withTenant ?? 0)),
  ]);
  rows.push([
    "inserts/s without it (baseline)",
    ...cell((r) => format(r.cost?.insertsPerSecond.baseline ?? 0)),
  ]);
  rows.push([
    "  ratio (withTenant / baseline)",
    ...cell((r) => ratio(r.cost?.insertsPerSecond.withTenant ?? 0, r.cost?.insertsPerSecond.baseline ?? 1)),
  ]);
  rows.push([
    "point selects/s through withTenant",
    ...cell((r) => format(r.cost?.pointSelectsPerSecond.withTenant ?? 0)),
  ]);
  rows.push([
    "point selects/s without it (baseline)",
    ...cell((r) => format(r.cost?.pointSelectsPerSecond.baseline ?? 0)),
  ]);
  rows.push([
    "  ratio (withTenant / baseline)",
    ...cell((r) =>
      ratio(r.cost?.pointSelectsPerSecond.withTenant ?? 0, r.cost?.pointSelectsPerSecond.baseline ?? 1),
    ),
  ]);
  rows.push(["requests/s, public route (baseline)", ...cell((r) => format(r.auth?.anonymous ?? 0))]);
  rows.push(["requests/s, session cookie", ...cell((r) => format(r.auth?.session ?? 0))]);
  rows.push([
    "  ratio (session / baseline)",
    ...cell((r) => ratio(r.auth?.session ?? 0, r.auth?.anonymous ?? 1)),
  ]);
  rows.push(["requests/s, API key", ...cell((r) => format(r.auth?.apiKey ?? 0))]);
  rows.push([
    "  ratio (API key / baseline)",
    ...cell((r) => ratio(r.auth?.apiKey ?? 0, r.auth?.anonymous ?? 1)),
  ]);
  const ms = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
  for (const level of streamLevels) {
    const pick = (result: BackendResult) => result.chat?.levels.find((entry) => entry.concurrency === level);
    rows.push([
      `TTFT at ${level} streams: relay p50 / p99 (ms)`,
      ...cell((r) => `${ms(pick(r)?.relay.p50)} / ${ms(pick(r)?.relay.p99)}`),
    ]);
    rows.push([
      `  Penny p50 / p99 (ms)`,
      ...cell((r) => `${ms(pick(r)?.penny.p50)} / ${ms(pick(r)?.penny.p99)}`),
    ]);
    rows.push([
      `  added by Penny p50 / p99 (ms)`,
      ...cell((r) => `${ms(pick(r)?.added.p50)} / ${ms(pick(r)?.added.p99)}`),
    ]);
    rows.push([
      `  ratio p50 (Penny / relay)`,
      ...cell((r) => ratio(pick(r)?.penny.p50 ?? 0, pick(r)?.relay.p50 ?? 1)),
    ]);
  }
  rows.push([
    "messages/min sustained (100 in flight)",
    ...cell((r) => format(r.chat?.messagesPerMinute ?? 0)),
  ]);
  rows.push([
    "artifact GET p50 / p99 (ms)",
    ...cell((r) => `${ms(r.chat?.artifactGet.p50)} / ${ms(r.chat?.artifactGet.p99)}`),
  ]);
  rows.push([
    "  /healthz GET p50 / p99 (baseline, ms)",
    ...cell((r) => `${ms(r.chat?.healthGet.p50)} / ${ms(r.chat?.healthGet.p99)}`),
  ]);
  rows.push([
    "built-in model ask → chart → answer p50 / p99 (ms)",
    ...cell((r) => `${ms(r.chat?.builtinAskToChart.p50)} / ${ms(r.chat?.builtinAskToChart.p99)}`),
  ]);
  rows.push(["cold start to /readyz, first start (ms)", ...cell((r) => format(r.coldStartMs?.first ?? 0))]);
  rows.push(["cold start to /readyz, restart (ms)", ...cell((r) => format(r.coldStartMs?.restart ?? 0))]);
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((value, column) =>
          column === 0 ? value.padEnd(widths[0] ?? 0) : value.padStart(widths[column] ?? 0),
        )
        .join("   "),
    );
  }
  for (const result of results)
    if (result.skipped) console.log(`\n${result.name} skipped: ${result.skipped}`);
  console.log(
    "\nFirst start on PGlite includes creating the database, migrating and seeding the demo company; on PostgreSQL it includes migrating a fresh database.",
  );
}

const backendParts = ["isolation", "auth", "cold", "chat"] as const;
if (backendParts.some(want)) printReport([await benchPglite(), await benchPostgres()]);
// The egress client's overhead does not depend on the database, so it runs once, after the backends.
if (want("egress")) printEgressReport(await measureEgressOverhead(operations));
// The Python sandbox against python3 run directly; BENCH_SANDBOX_JOBS jobs each way (default 20).
if (want("sandbox")) printSandboxReport(await measureSandbox(Number(process.env.BENCH_SANDBOX_JOBS ?? 20)));
// The web app's script weight and a 1,000-message conversation in Chromium against static HTML.
if (want("web")) printWebReport(await measureBundle(), await measureLongConversation());
// Ingestion, search latency at BENCH_KNOWLEDGE_CHUNKS passages (default 100,000) and retrieval quality, per backend.
if (want("knowledge"))
  printKnowledgeReport(
    await measureKnowledge({
      chunks: Number(process.env.BENCH_KNOWLEDGE_CHUNKS ?? 100_000),
      searches: Number(process.env.BENCH_KNOWLEDGE_SEARCHES ?? 100),
      scanSearches: Number(process.env.BENCH_KNOWLEDGE_SCAN_SEARCHES ?? 10),
      ingestRuns: Number(process.env.BENCH_KNOWLEDGE_RUNS ?? 3),
      serverUrl,
    }),
  );
