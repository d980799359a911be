import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  builtinEmbedder,
  type Chunk,
  chunkDocument,
  detectFileType,
  type ExtractedDocument,
  extractDocument,
  insertCollection,
  insertDocument,
} from "@penny/knowledge";
import { sql } from "drizzle-orm";
import { fixturesDir, knowledgeFixtures } from "./ingestion.ts";
import type { KnowledgeStack } from "./knowledge-stack.ts";

/** A fixture read once: its extracted text (for checking the questions) and its chunks (to vary). */
export interface ReadFixture {
  file: string;
  extracted: ExtractedDocument;
  chunks: Chunk[];
}

/** Generated passages, ready to bulk insert on any backend: embedded once, inserted on each. */
export interface Corpus {
  texts: string[];
  pages: (number | null)[];
  headings: (string | null)[];
  languages: ("en" | "es")[];
  /** Each passage's embedding as a PostgreSQL array literal, its numbers rounded to six decimals. */
  embeddings: string[];
  documents: number;
  collections: number;
  embedMs: number;
}

/** Extracts and chunks every fixture once. */
export async function readFixtures(): Promise<ReadFixture[]> {
  const read: ReadFixture[] = [];
  for (const fixture of knowledgeFixtures) {
    const bytes = new Uint8Array(await readFile(path.join(fixturesDir, fixture.file)));
    const { format } = await detectFileType({ bytes, filename: fixture.file });
    const extracted = await extractDocument({ bytes, format });
    read.push({ file: fixture.file, extracted, chunks: chunkDocument(extracted) });
  }
  return read;
}

/**
 * `count` passages made of the fixtures' real chunks, each copy varied so no two are the same: its sentences rotated,
 * about a fifth of its words dropped (a different fifth per copy) and a copy marker added. Embedded with the built-in
 * embedder, as ingestion would.
 */
export async function buildCorpus(fixtures: ReadFixture[], count: number): Promise<Corpus> {
  const base = fixtures.flatMap((fixture) =>
    fixture.chunks.map((chunk) => ({ chunk, language: fixture.extracted.language })),
  );
  const corpus: Corpus = {
    texts: [],
    pages: [],
    headings: [],
    languages: [],
    embeddings: [],
    // At least one document per collection, so the reader sees about half the passages at any size.
    documents: Math.max(8, Math.round(count / 500)),
    collections: 8,
    embedMs: 0,
  };
  for (let index = 0; index < count; index += 1) {
    const { chunk, language } = base[index % base.length] as (typeof base)[number];
    const copy = Math.floor(index / base.length);
    corpus.texts.push(copy === 0 ? chunk.text : vary(chunk.text, copy));
    corpus.pages.push(chunk.page);
    corpus.headings.push(chunk.heading);
    corpus.languages.push(language);
  }
  const started = performance.now();
  const batch = 512;
  for (let start = 0; start < count; start += batch) {
    const vectors = await builtinEmbedder.embed(corpus.texts.slice(start, start + batch));
    // Written once here for both backends: six decimals keep the vectors' order and print fast.
    for (const vector of vectors)
      corpus.embeddings.push(`{${vector.map((value) => Math.round(value * 1e6) / 1e6).join(",")}}`);
  }
  corpus.embedMs = performance.now() - started;
  return corpus;
}

/** A copy of `text`: sentences rotated by `copy`, every word whose position hashes to 0 mod 5 dropped, a marker. */
function vary(text: string, copy: number): string {
  const sentences = text.split(/(?<=[.!?¶])\s+/);
  const shift = copy % sentences.length;
  const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(" ");
  const words = rotated.split(/\s+/).filter((_, position) => (position * 31 + copy * 17) % 5 !== 0);
  return `${words.join(" ")} (copy ${copy})`;
}

/** Rows per bulk insert: one JSON parameter each, a few megabytes. */
const LOAD_BATCH = 1000;

export interface LoadedCorpus {
  chunks: number;
  loadMs: number;
  /** Milliseconds spent rebuilding the HNSW index after the load (0 without pgvector). */
  indexMs: number;
}

/**
 * Inserts the corpus into the stack's first tenant: `collections` collections with three kinds of access (the
 * legal group, the viewer role, managers only), `documents` ready documents spread over them, and the passages in
 * bulk (a JSON array per statement, through withTenant so row-level security checks every row). Where pgvector
 * exists the HNSW index is dropped for the load and built once after, as a bulk import would.
 */
export async function loadCorpus(stack: KnowledgeStack, corpus: Corpus): Promise<LoadedCorpus> {
  const { tenantId, admin, legalGroupId } = stack.people.acme;
  const accessOf = (index: number) =>
    index % 4 === 0
      ? { groups: [legalGroupId] }
      : index % 4 === 1
        ? { roles: ["viewer"] }
        : { roles: ["manager"] };
  const documentIds = await stack.database.withTenant(tenantId, async (tx) => {
    const collectionIds: string[] = [];
    for (let index = 0; index < corpus.collections; index += 1) {
      const collection = await insertCollection(tx, {
        tenantId,
        name: `Bench collection ${index + 1}`,
        description: "",
        access: accessOf(index),
        createdBy: admin,
      });
      collectionIds.push(collection.id);
    }
    const ids: string[] = [];
    for (let index = 0; index < corpus.documents; index += 1) {
      const document = await insertDocument(tx, {
        tenantId,
        collectionId: collectionIds[index % collectionIds.length] as string,
        name: `bench-document-${index + 1}.pdf`,
        mime: "application/pdf",
        sizeBytes: 0,
        contentHash: `bench-${index}`,
        createdBy: admin,
        status: "ready",
      });
      ids.push(document.id);
    }
    return ids;
  });
  const count = corpus.texts.length;
  const perDocument = Math.ceil(count / documentIds.length);
  const dimensions = builtinEmbedder.dimensions;
  let indexMs = 0;
  if (stack.vectorIndex) await stack.database.withSession((db) => db.execute(sql.raw(dropIndex)));
  const started = performance.now();
  for (let start = 0; start < count; start += LOAD_BATCH) {
    const rows: Record<string, string | number | null | undefined>[] = [];
    for (let index = start; index < Math.min(count, start + LOAD_BATCH); index += 1) {
      rows.push({
        d: documentIds[Math.floor(index / perDocument)],
        o: index % perDocument,
        t: corpus.texts[index],
        p: corpus.pages[index],
        h: corpus.headings[index],
        l: corpus.languages[index],
        e: corpus.embeddings[index],
      });
    }
    await stack.database.withTenant(tenantId, (tx) =>
      tx.execute(sql`
        insert into chunks (tenant_id, document_id, ordinal, text, page, heading, content_hash, embedding,
          embedding_dims, embedder, language)
        select ${tenantId}::uuid, (row->>'d')::uuid, (row->>'o')::int, row->>'t', (row->>'p')::int, row->>'h',
          md5(row->>'t'), (row->>'e')::real[], ${dimensions}::int, ${builtinEmbedder.id}, row->>'l'
        from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as row`),
    );
  }
  const loadMs = performance.now() - started;
  if (stack.vectorIndex) {
    const indexStarted = performance.now();
    await stack.database.withSession(async (db) => {
      await db.execute(sql`set maintenance_work_mem = '512MB'`);
      await db.execute(sql.raw(createIndex));
      await db.execute(sql`analyze chunks`);
    });
    indexMs = performance.now() - indexStarted;
  } else {
    await stack.database.withSession((db) => db.execute(sql`analyze chunks`));
  }
  return { chunks: count, loadMs, indexMs };
}

// Migration 0002's index, word for word, so the planner matches it as it would the migrated one.
const dropIndex = "drop index if exists chunks_embedding_256_hnsw_idx";
const createIndex =
  "create index if not exists chunks_embedding_256_hnsw_idx on chunks using hnsw ((embedding::vector(256)) vector_cosine_ops) where embedding_dims = 256";
