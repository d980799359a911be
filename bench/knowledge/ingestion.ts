import { readFile } from "node:fs/promises";
import path from "node:path";
import { schema } from "@penny/db";
import {
  builtinEmbedder,
  type Chunk,
  chunkDocument,
  detectFileType,
  extractDocument,
  INGEST_DOCUMENT,
  insertDocument,
} from "@penny/knowledge";
import type { KnowledgeStack } from "./knowledge-stack.ts";

export const fixturesDir = path.resolve(import.meta.dirname, "../../packages/knowledge/src/__fixtures__");

/** The fixtures the quality evaluation searches, with their media types. */
export const knowledgeFixtures = [
  { file: "federal-register-2020-17221.pdf", mime: "application/pdf" },
  {
    file: "chapter-13-trustee-handbook.docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  { file: "rfc9111.html", mime: "text/html" },
  { file: "fastify-errors.md", mime: "text/markdown" },
  { file: "the-art-of-command-line.es.md", mime: "text/markdown" },
] as const;

export interface IngestedDocument {
  documentId: string;
  pages: number;
  chunks: number;
  /** Upload stored → job finished, through the job runner (ms). */
  elapsedMs: number;
}

/**
 * Uploads `file` as the tenant's creator and runs its ingestion job to the end: the same path as an upload through
 * the API, minus HTTP. Throws when the job fails, so a broken pipeline never yields a figure.
 */
export async function ingestFixture(
  stack: KnowledgeStack,
  file: string,
  mime: string,
  collectionId: string | null = null,
): Promise<IngestedDocument> {
  const { tenantId, creator } = stack.people.acme;
  const bytes = await readFile(path.join(fixturesDir, file));
  const stored = await stack.blobStore.put(bytes);
  const document = await stack.database.withTenant(tenantId, (tx) =>
    insertDocument(tx, {
      tenantId,
      collectionId,
      name: file,
      mime,
      sizeBytes: stored.size,
      contentHash: stored.hash,
      createdBy: creator,
    }),
  );
  const started = performance.now();
  const job = await stack.runner.enqueue({
    tenantId,
    kind: INGEST_DOCUMENT,
    subjectId: document.id,
    input: { documentId: document.id },
    createdBy: creator,
  });
  await stack.runner.idle();
  const elapsedMs = performance.now() - started;
  const finished = await stack.runner.get(tenantId, job.id);
  if (finished.status !== "succeeded") throw new Error(`Ingesting ${file} failed: ${finished.error ?? "?"}`);
  const result = finished.result as { pages: number; chunks: number };
  return { documentId: document.id, pages: result.pages, chunks: result.chunks, elapsedMs };
}

export interface IngestionBench {
  file: string;
  pages: number;
  chunks: number;
  runs: number;
  /** Pages per second through the job (median run). */
  pagesPerSecond: number;
  /** Median milliseconds per phase, timed by calling the same library functions the job calls. */
  phasesMs: { job: number; extract: number; chunk: number; embed: number; store: number };
}

/** Rows per insert in the store phase: the job's own batch size (chunk-store.ts). */
const STORE_BATCH = 200;
/** Texts per embed call in the embed phase: the job's own batch size (ingestion-job.ts). */
const EMBED_BATCH = 64;

/**
 * Pages per second for one fixture through the ingestion job, `runs` times (median), and each phase on its own:
 * extract (type detection and text), chunk, embed with the built-in embedder, store (insert the rows). The phases
 * add up to less than the job: the job also writes its progress and the document's state.
 */
export async function measureIngestion(
  stack: KnowledgeStack,
  fixture: { file: string; mime: string },
  runs: number,
): Promise<IngestionBench> {
  const jobs: IngestedDocument[] = [];
  for (let run = 0; run < runs; run += 1) jobs.push(await ingestFixture(stack, fixture.file, fixture.mime));
  const phases = {
    extract: [] as number[],
    chunk: [] as number[],
    embed: [] as number[],
    store: [] as number[],
  };
  const bytes = new Uint8Array(await readFile(path.join(fixturesDir, fixture.file)));
  for (let run = 0; run < runs; run += 1) {
    let started = performance.now();
    const { format } = await detectFileType({ bytes, filename: fixture.file });
    const extracted = await extractDocument({ bytes: bytes.slice(), format });
    phases.extract.push(performance.now() - started);
    started = performance.now();
    const pieces = chunkDocument(extracted);
    phases.chunk.push(performance.now() - started);
    started = performance.now();
    const embeddings: number[][] = [];
    for (let start = 0; start < pieces.length; start += EMBED_BATCH)
      embeddings.push(
        ...(await builtinEmbedder.embed(pieces.slice(start, start + EMBED_BATCH).map((piece) => piece.text))),
      );
    phases.embed.push(performance.now() - started);
    phases.store.push(await timeStore(stack, fixture, { pieces, embeddings, language: extracted.language }));
  }
  const job = median(jobs.map((entry) => entry.elapsedMs));
  const first = jobs[0] as IngestedDocument;
  return {
    file: fixture.file,
    pages: first.pages,
    chunks: first.chunks,
    runs,
    pagesPerSecond: first.pages / (job / 1000),
    phasesMs: {
      job,
      extract: median(phases.extract),
      chunk: median(phases.chunk),
      embed: median(phases.embed),
      store: median(phases.store),
    },
  };
}

/** Inserts the chunks for a new, never-ready document the way the job does; returns the milliseconds. */
async function timeStore(
  stack: KnowledgeStack,
  fixture: { file: string; mime: string },
  rows: { pieces: Chunk[]; embeddings: number[][]; language: "en" | "es" },
): Promise<number> {
  const { pieces, embeddings, language } = rows;
  const { tenantId, creator } = stack.people.acme;
  const document = await stack.database.withTenant(tenantId, (tx) =>
    insertDocument(tx, {
      tenantId,
      collectionId: null,
      name: `store-${fixture.file}`,
      mime: fixture.mime,
      sizeBytes: 0,
      contentHash: "bench-store-phase",
      createdBy: creator,
    }),
  );
  const started = performance.now();
  await stack.database.withTenant(tenantId, async (tx) => {
    for (let start = 0; start < pieces.length; start += STORE_BATCH) {
      await tx.insert(schema.chunks).values(
        pieces.slice(start, start + STORE_BATCH).map((piece, offset) => ({
          tenantId,
          documentId: document.id,
          ordinal: piece.ordinal,
          text: piece.text,
          page: piece.page,
          heading: piece.heading,
          contentHash: piece.contentHash,
          embedding: embeddings[start + offset] ?? [],
          embeddingDims: builtinEmbedder.dimensions,
          embedder: builtinEmbedder.id,
          language,
        })),
      );
    }
  });
  return performance.now() - started;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
