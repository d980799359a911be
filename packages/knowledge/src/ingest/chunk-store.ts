import { schema, type Tx } from "@penny/db";
import { eq } from "drizzle-orm";

const { chunks } = schema;

/** A chunk ready to store: its text, where it came from, and its vector. */
export interface StoredChunk {
  ordinal: number;
  text: string;
  page: number | null;
  heading: string | null;
  contentHash: string;
  embedding: number[];
}

/** Rows per insert: each row carries a 256-number array, so keep statements moderate. */
const BATCH = 200;

/**
 * Replaces all chunks of a document with `rows`, in the caller's transaction: readers see the old passages or the
 * new ones, never a half-written mix.
 */
export async function replaceChunks(
  tx: Tx,
  input: {
    tenantId: string;
    documentId: string;
    language: "en" | "es";
    embedder: { id: string; dimensions: number };
    rows: StoredChunk[];
  },
): Promise<void> {
  await tx.delete(chunks).where(eq(chunks.documentId, input.documentId));
  for (let start = 0; start < input.rows.length; start += BATCH) {
    await tx.insert(chunks).values(
      input.rows.slice(start, start + BATCH).map((row) => ({
        tenantId: input.tenantId,
        documentId: input.documentId,
        ordinal: row.ordinal,
        text: row.text,
        page: row.page,
        heading: row.heading,
        contentHash: row.contentHash,
        embedding: row.embedding,
        embeddingDims: input.embedder.dimensions,
        embedder: input.embedder.id,
        language: input.language,
      })),
    );
  }
}
