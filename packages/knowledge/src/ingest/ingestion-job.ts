import type { BlobStore } from "@penny/artifacts";
import { type Database, schema } from "@penny/db";
import { type JobHandler, messageForPeople } from "@penny/jobs";
import { eq } from "drizzle-orm";
import { chunkDocument } from "../chunk/chunk-document.ts";
import { detectFileType } from "../detect/detect-file-type.ts";
import type { Embedder } from "../embed/embedder.ts";
import { DocumentEmptyError } from "../errors/document-empty-error.ts";
import { DocumentNotFoundError } from "../errors/document-not-found-error.ts";
import { extractDocument } from "../extract/extract-document.ts";
import { setIngestionState } from "../files/document-store.ts";
import { replaceChunks } from "./chunk-store.ts";

/** The job kind that reads an uploaded document into searchable passages. */
export const INGEST_DOCUMENT = "ingest_document";

/** Texts embedded per call: progress moves per batch, and a provider's request stays small. */
const EMBED_BATCH = 64;

/**
 * Ingestion: extract the text with its structure (pages, headings), chunk it, embed the chunks and swap them in for
 * the document's old ones in one transaction. Progress: pages while extracting, chunks while embedding. A failure
 * marks the document `failed` with the reason and leaves no passage of this version searchable.
 */
export function createIngestionJob(options: {
  database: Database;
  blobStore: BlobStore;
  embedder: Embedder;
}): JobHandler {
  const { database, blobStore, embedder } = options;
  return {
    kind: INGEST_DOCUMENT,
    async run(context) {
      const documentId = String(context.input.documentId);
      const [document] = await database.withTenant(context.tenantId, (tx) =>
        tx.select().from(schema.documents).where(eq(schema.documents.id, documentId)),
      );
      if (!document) throw new DocumentNotFoundError(documentId);
      const version = document.version;
      const mark = (state: Omit<Parameters<typeof setIngestionState>[1], "documentId" | "version">) =>
        database.withTenant(context.tenantId, (tx) =>
          setIngestionState(tx, { documentId, version, ...state }),
        );
      await mark({ status: "ingesting", progress: { phase: "extracting", done: 0, total: 0 } });
      try {
        const stored = await blobStore.get(document.blobKey);
        if (!stored) throw new DocumentNotFoundError(documentId);
        // A plain Uint8Array copy: the fs store hands out Buffers, which pdf.js refuses.
        const bytes = new Uint8Array(stored);
        const { format } = await detectFileType({ bytes, filename: document.name });
        let reported: Promise<void> = Promise.resolve();
        const extracted = await extractDocument({
          bytes,
          format,
          signal: context.signal,
          // Extraction calls back synchronously; reports go out one after another so they arrive in page order.
          onProgress: (done, total) => {
            reported = reported
              .then(() => context.reportProgress({ phase: "extracting", done, total }))
              .catch(() => {});
          },
        });
        await reported;
        const pieces = chunkDocument(extracted);
        if (pieces.length === 0) throw new DocumentEmptyError();
        const embeddings: number[][] = [];
        for (let start = 0; start < pieces.length; start += EMBED_BATCH) {
          const batch = pieces.slice(start, start + EMBED_BATCH);
          embeddings.push(
            ...(await embedder.embed(
              batch.map((piece) => piece.text),
              context.signal,
            )),
          );
          await context.reportProgress({ phase: "embedding", done: embeddings.length, total: pieces.length });
        }
        const done = { phase: "done" as const, done: extracted.pages, total: extracted.pages };
        const swapped = await database.withTenant(context.tenantId, async (tx) => {
          // A newer upload replaced the bytes while this ran: its own job will index it, this one stops.
          const current = await setIngestionState(tx, {
            documentId,
            version,
            status: "ready",
            progress: done,
            pages: extracted.pages,
            language: extracted.language,
          });
          if (!current) return false;
          await replaceChunks(tx, {
            tenantId: context.tenantId,
            documentId,
            language: extracted.language,
            embedder,
            rows: pieces.map((piece, index) => ({ ...piece, embedding: embeddings[index] ?? [] })),
          });
          return true;
        });
        await context.reportProgress(done);
        return { documentId, version, pages: extracted.pages, chunks: pieces.length, superseded: !swapped };
      } catch (error) {
        await database.withTenant(context.tenantId, async (tx) => {
          await setIngestionState(tx, {
            documentId,
            version,
            status: "failed",
            progress: { phase: "failed", done: 0, total: 0 },
            error: messageForPeople(error, "The file could not be read."),
          });
          // Nothing of a failed document stays searchable.
          await tx.delete(schema.chunks).where(eq(schema.chunks.documentId, documentId));
        });
        throw error;
      }
    },
  };
}
