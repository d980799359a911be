import type { JobProgress } from "@penny/db";

export type { JobProgress };

/** What a handler sees of its job while it runs. */
export interface JobContext {
  tenantId: string;
  jobId: string;
  createdBy: string | null;
  input: Record<string, unknown>;
  /** Aborted when someone cancels the job or the process shuts down. */
  signal: AbortSignal;
  /** Stores the progress on the job and publishes it live; cheap enough to call per page. */
  reportProgress(progress: JobProgress): Promise<void>;
}

/**
 * One kind of long work (ingest a document, build an export). Its result is stored on the job as JSON; a thrown
 * error fails the job with the error's message, which people read, so throw errors written for them.
 */
export interface JobHandler {
  kind: string;
  run(context: JobContext): Promise<Record<string, unknown>>;
}
