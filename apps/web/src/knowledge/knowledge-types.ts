/** A file as GET /v1/files shows it: its status, pages and ingestion progress. */
export interface KnowledgeFile {
  id: string;
  name: string;
  mime: string;
  sizeBytes: number;
  collectionId: string | null;
  status: "uploaded" | "ingesting" | "ready" | "failed";
  pages: number | null;
  error: string | null;
  version: number;
  progress: IngestProgress | null;
  createdAt: string;
}

/** Where ingestion is: extracting pages, embedding passages (done of total). */
export interface IngestProgress {
  phase: string;
  done: number;
  total: number;
}

/** A knowledge collection as GET /v1/collections shows it. */
export interface Collection {
  id: string;
  name: string;
  description: string;
  access: { roles?: string[]; groups?: string[] };
  documentCount: number;
}

/** What POST /v1/files answers. */
export interface UploadAnswer {
  file: KnowledgeFile;
  jobId: string | null;
  duplicate: boolean;
}

/** The path of a file's bytes (PDFs open inline). */
export const fileContentUrl = (id: string) => `/v1/files/${id}/content`;
