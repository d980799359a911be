import { schema, type Tx } from "@penny/db";
import { and, inArray, or, type SQL, sql } from "drizzle-orm";
import { type Reader, readableDocument } from "../access/reader.ts";
import type { Embedder } from "../embed/embedder.ts";
import { bestQuote } from "./best-quote.ts";
import { lexicalRerank } from "./lexical-rerank.ts";
import { queryTerms } from "./query-terms.ts";

const { chunks, documents } = schema;

/** Candidates each search (words, meaning) contributes before fusion. */
const CANDIDATES = 40;
/** Reciprocal rank fusion's damping constant (the value from the original paper; robust across corpora). */
const RRF_K = 60;

/** A retrieved passage with what a citation needs: document, page, heading and the quoted span. */
export interface RetrievedPassage {
  /** 1-based position in the answer's list: the `[n]` a citation uses. */
  n: number;
  chunkId: string;
  documentId: string;
  document: string;
  page: number | null;
  heading: string | null;
  text: string;
  quote: string;
  score: number;
  /** Which searches found it: "text" (full-text), "vector" (embedding), or both. */
  matchedBy: ("text" | "vector")[];
}

export interface SearchPassagesInput {
  reader: Reader;
  query: string;
  embedder: Embedder;
  /** True where pgvector is installed: the vector search uses its index instead of scanning. */
  vectorIndex: boolean;
  collectionIds?: string[];
  documentIds?: string[];
  topK: number;
}

interface Candidate {
  id: string;
  documentId: string;
  document: string;
  page: number | null;
  heading: string | null;
  text: string;
}

/**
 * Hybrid retrieval: full-text search (English or Spanish stemming, per chunk) and vector search over the reader's
 * readable, fully ingested documents, fused by reciprocal rank. Both searches apply the same access filter, so a
 * passage the reader may not read is never a candidate.
 */
export async function searchPassages(tx: Tx, input: SearchPassagesInput): Promise<RetrievedPassage[]> {
  const scope: SQL[] = [sql`${documents.status} = 'ready'`, readableDocument(input.reader)];
  // Files and collections widen each other: "these attachments and that collection".
  const within = [
    input.collectionIds?.length ? inArray(documents.collectionId, input.collectionIds) : undefined,
    input.documentIds?.length ? inArray(documents.id, input.documentIds) : undefined,
  ].filter((condition) => condition !== undefined);
  if (within.length > 0) scope.push(or(...within) as SQL);
  const where = and(...scope) as SQL;
  const [byText, byVector] = [await textSearch(tx, input.query, where), await vectorSearch(tx, input, where)];
  const fused = new Map<
    string,
    { candidate: Candidate; score: number; textRank: number; matchedBy: ("text" | "vector")[] }
  >();
  const add = (list: Candidate[], source: "text" | "vector") => {
    list.forEach((candidate, index) => {
      const entry = fused.get(candidate.id) ?? { candidate, score: 0, textRank: CANDIDATES, matchedBy: [] };
      entry.score += 1 / (RRF_K + index + 1);
      if (source === "text") entry.textRank = index;
      entry.matchedBy.push(source);
      fused.set(candidate.id, entry);
    });
  };
  add(byText, "text");
  add(byVector, "vector");
  // A third list over the same candidates: BM25 with the candidates' own word rarity (see lexicalRerank).
  const pool = [...new Map([...byText, ...byVector].map((candidate) => [candidate.id, candidate])).values()];
  lexicalRerank(pool, input.query).forEach((candidate, index) => {
    const entry = fused.get(candidate.id);
    if (entry) entry.score += 1 / (RRF_K + index + 1);
  });
  // Equal fused scores (first in one list, second in the other) go to the better word match: a question's exact
  // terms are stronger evidence than the built-in embedder's n-gram likeness.
  return [...fused.values()]
    .sort((left, right) => right.score - left.score || left.textRank - right.textRank)
    .slice(0, input.topK)
    .map((entry, index) => ({
      n: index + 1,
      chunkId: entry.candidate.id,
      documentId: entry.candidate.documentId,
      document: entry.candidate.document,
      page: entry.candidate.page,
      heading: entry.candidate.heading,
      text: entry.candidate.text,
      quote: bestQuote(entry.candidate.text, input.query),
      score: entry.score,
      matchedBy: entry.matchedBy,
    }));
}

const candidateColumns = {
  id: chunks.id,
  documentId: chunks.documentId,
  document: documents.name,
  page: chunks.page,
  heading: chunks.heading,
  text: chunks.text,
};

async function textSearch(tx: Tx, query: string, where: SQL): Promise<Candidate[]> {
  const terms = queryTerms(query);
  if (terms === "") return [];
  const tsquery = sql`(case when ${chunks.language} = 'es' then to_tsquery('spanish', ${terms}) else to_tsquery('english', ${terms}) end)`;
  return tx
    .select(candidateColumns)
    .from(chunks)
    .innerJoin(documents, sql`${documents.id} = ${chunks.documentId}`)
    .where(and(where, sql`${chunks.searchVector} @@ ${tsquery}`))
    .orderBy(sql`ts_rank_cd(${chunks.searchVector}, ${tsquery}) desc`, chunks.id)
    .limit(CANDIDATES);
}

async function vectorSearch(tx: Tx, input: SearchPassagesInput, where: SQL): Promise<Candidate[]> {
  const [vector] = await input.embedder.embed([input.query]);
  if (!vector || vector.every((value) => value === 0)) return [];
  // The dimension is written into the SQL (a number of ours, not input) so the planner can match the partial index.
  const dimensions = sql.raw(String(Math.trunc(input.embedder.dimensions)));
  const sameEmbedder = sql`${chunks.embedder} = ${input.embedder.id} and ${chunks.embeddingDims} = ${dimensions}`;
  const literal = `[${vector.join(",")}]`;
  // With pgvector and the built-in embedder's 256 dimensions, the HNSW index of migration 0002 answers; otherwise
  // the dot product of the normalized arrays is computed over the readable chunks (a scan; see the README).
  const distance =
    input.vectorIndex && input.embedder.dimensions === 256
      ? sql`(${chunks.embedding}::vector(256)) <=> ${literal}::vector(256)`
      : sql`-(select sum(a * b) from unnest(${chunks.embedding}, ${`{${vector.join(",")}}`}::real[]) as pair(a, b))`;
  if (input.vectorIndex) await tx.execute(sql`set local hnsw.ef_search = 100`);
  return tx
    .select(candidateColumns)
    .from(chunks)
    .innerJoin(documents, sql`${documents.id} = ${chunks.documentId}`)
    .where(and(where, sql`${sameEmbedder}`))
    .orderBy(sql`${distance} asc`, chunks.id)
    .limit(CANDIDATES);
}
