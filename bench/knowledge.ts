/**
 * The knowledge bench: ingestion speed, search latency at scale and retrieval quality, on PGlite and PostgreSQL.
 * BENCH_KNOWLEDGE_CHUNKS sets the corpus size (default 100,000; 5,000 makes a quick run), BENCH_KNOWLEDGE_SEARCHES the
 * searches per mode (100), BENCH_KNOWLEDGE_SCAN_SEARCHES those where the vector search scans (10), BENCH_KNOWLEDGE_RUNS
 * the ingestion runs (3).
 */

import { schema } from "@penny/db";
import { createFreshPostgresDatabase, dropPostgresDatabase } from "@penny/db/testing";
import { readableDocument, readerFor } from "@penny/knowledge";
import { and, count, eq } from "drizzle-orm";
import { buildCorpus, type LoadedCorpus, loadCorpus, readFixtures } from "./knowledge/corpus.ts";
import {
  type IngestionBench,
  ingestFixture,
  knowledgeFixtures,
  measureIngestion,
} from "./knowledge/ingestion.ts";
import { type KnowledgeStack, openKnowledgeStack } from "./knowledge/knowledge-stack.ts";
import { type LatencyBench, measureLatency } from "./knowledge/latency.ts";
import { checkQuestions, measureQuality, type QualityBench, searchModes } from "./knowledge/quality.ts";

export interface KnowledgeBackendBench {
  name: string;
  skipped?: string;
  vectorIndex?: boolean;
  ingestion?: IngestionBench;
  quality?: QualityBench;
  corpus?: LoadedCorpus;
  latency?: LatencyBench;
}

export interface KnowledgeBench {
  chunks: number;
  /** Embedding the generated corpus with the built-in embedder, once for both backends (ms). */
  embedMs: number;
  backends: KnowledgeBackendBench[];
}

export interface KnowledgeBenchOptions {
  chunks: number;
  searches: number;
  /** Searches per mode where the vector search scans (PostgreSQL without pgvector): each takes seconds at scale. */
  scanSearches: number;
  ingestRuns: number;
  /** The PostgreSQL server; a fresh database is created there and dropped after. */
  serverUrl: string;
}

export async function measureKnowledge(options: KnowledgeBenchOptions): Promise<KnowledgeBench> {
  const fixtures = await readFixtures();
  checkQuestions(fixtures);
  const corpus = await buildCorpus(fixtures, options.chunks);
  const run = async (stack: KnowledgeStack): Promise<KnowledgeBackendBench> => {
    try {
      const { creator, lawyer } = stack.people.acme;
      // Quality first, over exactly one copy of each fixture (the creator's own uploads).
      for (const fixture of knowledgeFixtures) await ingestFixture(stack, fixture.file, fixture.mime);
      const quality = await measureQuality(stack, creator);
      const pdf = knowledgeFixtures[0];
      const ingestion = await measureIngestion(stack, pdf, options.ingestRuns);
      // The lawyer reads half the bench collections and none of the creator's uploads.
      const loaded = await loadCorpus(stack, corpus);
      const searches = stack.vectorIndex
        ? options.searches
        : Math.min(options.searches, options.scanSearches);
      const latency = await measureLatency(stack, lawyer, searches, await countReadable(stack, lawyer));
      return {
        name: stack.name,
        vectorIndex: stack.vectorIndex,
        ingestion,
        quality,
        corpus: loaded,
        latency,
      };
    } finally {
      await stack.close();
    }
  };
  const backends = [await run(await openKnowledgeStack("PGlite (embedded)"))];
  let url: string | undefined;
  try {
    url = await createFreshPostgresDatabase(options.serverUrl, "penny_bench");
  } catch (error) {
    const host = new URL(options.serverUrl).host;
    backends.push({ name: "PostgreSQL", skipped: `not reachable at ${host}: ${(error as Error).message}` });
  }
  if (url) {
    try {
      backends.push(await run(await openKnowledgeStack("PostgreSQL", url)));
    } finally {
      await dropPostgresDatabase(options.serverUrl, url);
    }
  }
  return { chunks: options.chunks, embedMs: corpus.embedMs, backends };
}

/** Passages `userId` may read in the stack's first tenant. */
async function countReadable(stack: KnowledgeStack, userId: string): Promise<number> {
  return stack.database.withTenant(stack.people.acme.tenantId, async (tx) => {
    const reader = await readerFor(tx, userId);
    if (!reader) return 0;
    const [row] = await tx
      .select({ n: count() })
      .from(schema.chunks)
      .innerJoin(schema.documents, eq(schema.documents.id, schema.chunks.documentId))
      .where(and(eq(schema.documents.status, "ready"), readableDocument(reader)));
    return Number(row?.n ?? 0);
  });
}

export function printKnowledgeReport(bench: KnowledgeBench): void {
  const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}×`;
  const ms = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
  const percent = (value: number | undefined) => (value === undefined ? "–" : `${(value * 100).toFixed(0)}%`);
  const format = (value: number) => Math.round(value).toLocaleString("en-US");
  const results = bench.backends;
  console.log(
    `\nKnowledge — ${format(bench.chunks)} generated passages (embedded once in ${format(bench.embedMs)} ms), built-in embedder\n`,
  );
  const rows: string[][] = [["", ...results.map((result) => result.name)]];
  const cell = (pick: (result: KnowledgeBackendBench) => string) =>
    results.map((result) => (result.skipped ? "skipped" : pick(result)));
  const first = results.find((result) => result.ingestion)?.ingestion;
  rows.push([
    `ingestion, ${first?.file ?? "PDF"} (${first?.pages ?? "?"} pages): pages/s through the job`,
    ...cell((r) => (r.ingestion?.pagesPerSecond ?? 0).toFixed(1)),
  ]);
  rows.push(["  job, upload stored → succeeded (ms)", ...cell((r) => ms(r.ingestion?.phasesMs.job))]);
  for (const phase of ["extract", "chunk", "embed", "store"] as const)
    rows.push([`  phase: ${phase} (ms)`, ...cell((r) => ms(r.ingestion?.phasesMs[phase]))]);
  rows.push(["bulk load of the passages (ms)", ...cell((r) => format(r.corpus?.loadMs ?? 0))]);
  rows.push([
    "  HNSW index build after the load (ms)",
    ...cell((r) => (r.vectorIndex ? format(r.corpus?.indexMs ?? 0) : "no pgvector")),
  ]);
  rows.push(["passages the reader may read", ...cell((r) => format(r.latency?.readable ?? 0))]);
  for (const mode of searchModes) {
    const label =
      mode === "hybrid"
        ? "search p50 / p99, hybrid (ms)"
        : `  ${mode === "text" ? "full-text" : "vector"} only (baseline)`;
    rows.push([
      label,
      ...cell((r) => `${ms(r.latency?.modes[mode].p50)} / ${ms(r.latency?.modes[mode].p99)}`),
    ]);
  }
  rows.push([
    "  ratio p50 hybrid / full-text",
    ...cell((r) => ratio(r.latency?.modes.hybrid.p50 ?? 0, r.latency?.modes.text.p50 ?? 1)),
  ]);
  rows.push([
    "  ratio p50 hybrid / vector",
    ...cell((r) => ratio(r.latency?.modes.hybrid.p50 ?? 0, r.latency?.modes.vector.p50 ?? 1)),
  ]);
  const quality = results.find((result) => result.quality)?.quality;
  for (const mode of searchModes) {
    const name =
      mode === "hybrid" ? "hybrid" : mode === "text" ? "full-text only (baseline)" : "vector only (baseline)";
    rows.push([
      `recall@5 / citation accuracy, ${name}`,
      ...cell(
        (r) =>
          `${percent(r.quality?.modes[mode].recallAt5)} / ${percent(r.quality?.modes[mode].citationAccuracy)}`,
      ),
    ]);
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows)
    console.log(
      row
        .map((value, column) =>
          column === 0 ? value.padEnd(widths[0] ?? 0) : value.padStart(widths[column] ?? 0),
        )
        .join("   "),
    );
  for (const result of results) {
    if (result.skipped) console.log(`\n${result.name} skipped: ${result.skipped}`);
    else if (!result.vectorIndex)
      console.log(
        `\n${result.name} has no pgvector: its vector search (alone and inside hybrid) is a scan of the readable passages' arrays, not an index lookup.`,
      );
  }
  console.log(
    `\nQuality: ${quality?.questions ?? 0} questions (${quality?.spanish ?? 0} in Spanish) over the five fixtures, one copy each; recall@5 counts the passage at the right page or heading that holds the answer, citation accuracy the first passage's document and page or heading.`,
  );
  const misses = results.find((result) => result.quality)?.quality?.modes.hybrid.misses ?? [];
  if (misses.length > 0)
    console.log(`Hybrid misses on ${results[0]?.name}: ${misses.map((miss) => `"${miss}"`).join("; ")}`);
  const searches = results.map((r) => `${r.latency?.searches ?? 0} on ${r.name}`).join(", ");
  console.log(
    `Latency: searches per mode ${searches}, as a reader of half the collections, timed around the search inside its transaction; baselines fetch the 40 candidates each half of the hybrid fetches.`,
  );
}
