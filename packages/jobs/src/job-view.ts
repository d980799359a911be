import type { JobProgress, schema } from "@penny/db";

type JobRow = typeof schema.jobs.$inferSelect;

/** A job as the API and the live events show it. */
export interface JobView {
  id: string;
  kind: string;
  status: JobRow["status"];
  subjectId: string | null;
  progress: JobProgress | null;
  result: Record<string, unknown> | null;
  error: string | null;
  createdBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** The public fields of a job row (its input stays server-side: it may name blobs and settings). */
export function toJobView(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    subjectId: row.subjectId,
    progress: row.progress,
    result: row.result,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

/** True once a job will not change any more. */
export function isFinished(status: JobView["status"]): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}
