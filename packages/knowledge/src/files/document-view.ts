import type { IngestionProgress, schema } from "@penny/db";

type DocumentRow = typeof schema.documents.$inferSelect;

/** An uploaded file as the API shows it (never its blob key). */
export interface DocumentView {
  id: string;
  name: string;
  mime: string;
  sizeBytes: number;
  contentHash: string;
  collectionId: string | null;
  status: DocumentRow["status"];
  pages: number | null;
  error: string | null;
  language: DocumentRow["language"];
  version: number;
  progress: IngestionProgress | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The public fields of a documents row. */
export function toDocumentView(row: DocumentRow): DocumentView {
  return {
    id: row.id,
    name: row.name,
    mime: row.mime,
    sizeBytes: row.sizeBytes,
    contentHash: row.contentHash,
    collectionId: row.collectionId,
    status: row.status,
    pages: row.pages,
    error: row.error,
    language: row.language,
    version: row.version,
    progress: row.progress,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
