import { schema, type Tx } from "@penny/db";
import { type Embedder, type Reader, readableDocument } from "@penny/knowledge";
import { and, type SQL, sql } from "drizzle-orm";
// The hybrid search's own query builder, so the full-text baseline asks exactly what the hybrid's text half asks.
import { queryTerms } from "../../packages/knowledge/src/retrieve/query-terms.ts";

const { chunks, documents } = schema;

/** A passage a single search returned, with what a citation needs. */
export interface SearchedPassage {
  chunkId: string;
  document: string;
  page: number | null;
  heading: string | null;
  text: string;
}

export interface SingleSearchInput {
  reader: Reader;
  query: string;
  embedder: Embedder;
  vectorIndex: boolean;
  topK: number;
}

const columns = {
  chunkId: chunks.id,
  document: documents.name,
  page: chunks.page,
  heading: chunks.heading,
  text: chunks.text,
};

/** The same scope searchPassages applies: ready documents the reader may read. */
function scopeOf(reader: Reader): SQL {
  return and(sql`${documents.status} = 'ready'`, readableDocument(reader)) as SQL;
}

/**
 * The full-text baseline: searchPassages' text half alone (same query terms, per-chunk language, ts_rank_cd order),
 * with no vector search and no fusion.
 */
export async function searchByText(tx: Tx, input: SingleSearchInput): Promise<SearchedPassage[]> {
  const terms = queryTerms(input.query);
  if (terms === "") return [];
  const tsquery = sql`(case when ${chunks.language} = 'es' then to_tsquery('spanish', ${terms}) else to_tsquery('english', ${terms}) end)`;
  return tx
    .select(columns)
    .from(chunks)
    .innerJoin(documents, sql`${documents.id} = ${chunks.documentId}`)
    .where(and(scopeOf(input.reader), sql`${chunks.searchVector} @@ ${tsquery}`))
    .orderBy(sql`ts_rank_cd(${chunks.searchVector}, ${tsquery}) desc`, chunks.id)
    .limit(input.topK);
}

/**
 * The vector baseline: searchPassages' vector half alone (the HNSW index where pgvector exists, else the scan of the
 * portable arrays), with no full-text search and no fusion.
 */
export async function searchByVector(tx: Tx, input: SingleSearchInput): Promise<SearchedPassage[]> {
  const [vector] = await input.embedder.embed([input.query]);
  if (!vector || vector.every((value) => value === 0)) return [];
  const dimensions = sql.raw(String(Math.trunc(input.embedder.dimensions)));
  const sameEmbedder = sql`${chunks.embedder} = ${input.embedder.id} and ${chunks.embeddingDims} = ${dimensions}`;
  const literal = `[${vector.join(",")}]`;
  const distance =
    input.vectorIndex && input.embedder.dimensions === 256
      ? sql`(${chunks.embedding}::vector(256)) <=> ${literal}::vector(256)`
      : sql`-(select sum(a * b) from unnest(${chunks.embedding}, ${`{${vector.join(",")}}`}::real[]) as pair(a, b))`;
  if (input.vectorIndex) await tx.execute(sql`set local hnsw.ef_search = 100`);
  return tx
    .select(columns)
    .from(chunks)
    .innerJoin(documents, sql`${documents.id} = ${chunks.documentId}`)
    .where(and(scopeOf(input.reader), sql`${sameEmbedder}`))
    .orderBy(sql`${distance} asc`, chunks.id)
    .limit(input.topK);
}
