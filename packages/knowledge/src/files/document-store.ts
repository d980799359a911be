import { schema, type Tx } from "@penny/db";
import { and, desc, eq, isNull, lt, type SQL, sql } from "drizzle-orm";
import { type Reader, readableDocument } from "../access/reader.ts";
import { DocumentNotFoundError } from "../errors/document-not-found-error.ts";
import { type DocumentView, toDocumentView } from "./document-view.ts";

const { documents, workspaces } = schema;

/**
 * The tenant's default workspace (the oldest when none is marked), created when the tenant has none yet — as a new
 * conversation does. Documents and collections are filed there.
 */
export async function defaultWorkspaceId(tx: Tx, tenantId: string): Promise<string> {
  const [workspace] = await tx
    .select({ id: workspaces.id })
    .from(workspaces)
    .orderBy(desc(workspaces.isDefault), workspaces.createdAt)
    .limit(1);
  if (workspace) return workspace.id;
  const [created] = await tx
    .insert(workspaces)
    .values({ tenantId, slug: "default", name: "Default", isDefault: true })
    .returning({ id: workspaces.id });
  return created?.id as string;
}

/** Stores a new document (status `uploaded`) in the tenant's default workspace. */
export async function insertDocument(
  tx: Tx,
  input: {
    tenantId: string;
    collectionId: string | null;
    name: string;
    mime: string;
    sizeBytes: number;
    contentHash: string;
    createdBy: string | null;
    status?: "uploaded" | "ready";
  },
): Promise<DocumentView> {
  const workspaceId = await defaultWorkspaceId(tx, input.tenantId);
  const [row] = await tx
    .insert(documents)
    .values({
      tenantId: input.tenantId,
      workspaceId,
      collectionId: input.collectionId,
      name: input.name,
      mime: input.mime,
      sizeBytes: input.sizeBytes,
      contentHash: input.contentHash,
      blobKey: input.contentHash,
      createdBy: input.createdBy,
      status: input.status ?? "uploaded",
      progress: { phase: "queued", done: 0, total: 0 },
    })
    .returning();
  if (!row) throw new Error("the document insert returned no row");
  return toDocumentView(row);
}

/** The same bytes already uploaded to the same place (the collection, or the uploader's own files). */
export async function findDuplicate(
  tx: Tx,
  input: { contentHash: string; collectionId: string | null; createdBy: string | null },
): Promise<DocumentView | null> {
  const place =
    input.collectionId === null
      ? and(
          isNull(documents.collectionId),
          input.createdBy ? eq(documents.createdBy, input.createdBy) : sql`false`,
        )
      : eq(documents.collectionId, input.collectionId);
  const [row] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.contentHash, input.contentHash), place))
    .limit(1);
  return row ? toDocumentView(row) : null;
}

/** A document the reader may read, or DocumentNotFoundError. */
export async function findReadableDocument(
  tx: Tx,
  reader: Reader,
  documentId: string,
): Promise<DocumentView> {
  const [row] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), readableDocument(reader)));
  if (!row) throw new DocumentNotFoundError(documentId);
  return toDocumentView(row);
}

/** The blob key and name of a readable document, for downloads and ingestion. */
export async function documentBlob(
  tx: Tx,
  reader: Reader | null,
  documentId: string,
): Promise<{ blobKey: string; name: string; mime: string; version: number }> {
  const [row] = await tx
    .select({
      blobKey: documents.blobKey,
      name: documents.name,
      mime: documents.mime,
      version: documents.version,
    })
    .from(documents)
    .where(and(eq(documents.id, documentId), reader ? readableDocument(reader) : sql`true`));
  if (!row) throw new DocumentNotFoundError(documentId);
  return row;
}

/** Readable documents, newest first, optionally in one collection; `before` pages by creation time. */
export async function listReadableDocuments(
  tx: Tx,
  reader: Reader,
  input: { collectionId?: string | null; before?: Date; limit: number },
): Promise<DocumentView[]> {
  const filters: (SQL | undefined)[] = [readableDocument(reader)];
  if (input.collectionId === null) filters.push(isNull(documents.collectionId));
  else if (input.collectionId !== undefined) filters.push(eq(documents.collectionId, input.collectionId));
  if (input.before) filters.push(lt(documents.createdAt, input.before));
  const rows = await tx
    .select()
    .from(documents)
    .where(and(...filters))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(input.limit);
  return rows.map(toDocumentView);
}

/** New bytes for a document: its version grows and it waits for ingestion again. */
export async function replaceDocumentContent(
  tx: Tx,
  input: { documentId: string; name: string; mime: string; sizeBytes: number; contentHash: string },
): Promise<DocumentView> {
  const [row] = await tx
    .update(documents)
    .set({
      name: input.name,
      mime: input.mime,
      sizeBytes: input.sizeBytes,
      contentHash: input.contentHash,
      blobKey: input.contentHash,
      version: sql`${documents.version} + 1`,
      status: "uploaded",
      error: null,
      progress: { phase: "queued", done: 0, total: 0 },
      updatedAt: new Date(),
    })
    .where(eq(documents.id, input.documentId))
    .returning();
  if (!row) throw new DocumentNotFoundError(input.documentId);
  return toDocumentView(row);
}

/** Deletes a document; its chunks and vectors go with it (foreign key cascade). */
export async function deleteDocument(tx: Tx, documentId: string): Promise<void> {
  const rows = await tx.delete(documents).where(eq(documents.id, documentId)).returning({ id: documents.id });
  if (rows.length === 0) throw new DocumentNotFoundError(documentId);
}

/** Moves a document's ingestion state on; `version` guards against a newer upload having replaced the bytes. */
export async function setIngestionState(
  tx: Tx,
  input: {
    documentId: string;
    version: number;
    status: "ingesting" | "ready" | "failed";
    progress: DocumentView["progress"];
    error?: string | null;
    pages?: number | null;
    language?: DocumentView["language"];
  },
): Promise<boolean> {
  const rows = await tx
    .update(documents)
    .set({
      status: input.status,
      progress: input.progress,
      error: input.error ?? null,
      ...(input.pages !== undefined ? { pages: input.pages } : {}),
      ...(input.language ? { language: input.language } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(documents.id, input.documentId), eq(documents.version, input.version)))
    .returning({ id: documents.id });
  return rows.length > 0;
}
