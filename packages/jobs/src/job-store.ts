import { type Database, type JobProgress, schema, type Tx } from "@penny/db";
import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import { JobNotFoundError } from "./errors/job-not-found-error.ts";
import { type JobView, toJobView } from "./job-view.ts";

const { jobs } = schema;

/** Stores a new queued job and returns it. */
export async function insertJob(
  tx: Tx,
  input: {
    tenantId: string;
    kind: string;
    subjectId?: string | null;
    input: Record<string, unknown>;
    createdBy: string | null;
  },
): Promise<JobView> {
  const [row] = await tx
    .insert(jobs)
    .values({
      tenantId: input.tenantId,
      kind: input.kind,
      subjectId: input.subjectId ?? null,
      input: input.input,
      createdBy: input.createdBy,
      progress: { phase: "queued", done: 0, total: 0 },
    })
    .returning();
  if (!row) throw new Error("the job insert returned no row");
  return toJobView(row);
}

/** One job of the tenant, or JobNotFoundError. */
export async function findJob(tx: Tx, jobId: string): Promise<JobView> {
  const [row] = await tx.select().from(jobs).where(eq(jobs.id, jobId));
  if (!row) throw new JobNotFoundError(jobId);
  return toJobView(row);
}

/**
 * Takes a queued job for this process: only one process wins the conditional update. Returns the job with its
 * input, or null when another process took it (or it was cancelled) first.
 */
export async function claimJob(
  tx: Tx,
  input: { jobId: string; now: Date },
): Promise<(JobView & { input: Record<string, unknown> }) | null> {
  const [row] = await tx
    .update(jobs)
    .set({
      status: "running",
      startedAt: input.now,
      heartbeatAt: input.now,
      attempts: sql`${jobs.attempts} + 1`,
    })
    .where(and(eq(jobs.id, input.jobId), eq(jobs.status, "queued")))
    .returning();
  return row ? { ...toJobView(row), input: row.input } : null;
}

/** Records progress on a running job and keeps its heartbeat fresh; false when the job is no longer running. */
export async function recordProgress(
  tx: Tx,
  input: { jobId: string; progress: JobProgress; now: Date },
): Promise<JobView | null> {
  const [row] = await tx
    .update(jobs)
    .set({ progress: input.progress, heartbeatAt: input.now })
    .where(and(eq(jobs.id, input.jobId), eq(jobs.status, "running")))
    .returning();
  return row ? toJobView(row) : null;
}

/** Ends a running (or queued, when cancelled before it started) job. */
export async function finishJob(
  tx: Tx,
  input: {
    jobId: string;
    now: Date;
    status: "succeeded" | "failed" | "cancelled";
    result?: Record<string, unknown>;
    error?: string;
    progress?: JobProgress;
  },
): Promise<JobView | null> {
  const [row] = await tx
    .update(jobs)
    .set({
      status: input.status,
      finishedAt: input.now,
      result: input.result ?? null,
      error: input.error ?? null,
      ...(input.progress ? { progress: input.progress } : {}),
    })
    .where(and(eq(jobs.id, input.jobId), inArray(jobs.status, ["queued", "running"])))
    .returning();
  return row ? toJobView(row) : null;
}

/**
 * Jobs no process is working on: queued ones older than `queuedBefore` (their process died before starting them)
 * and running ones whose heartbeat stopped before `staleBefore`. Found across tenants, as the platform.
 */
export async function abandonedJobs(
  database: Database,
  input: { queuedBefore: Date; staleBefore: Date; limit: number },
): Promise<{ tenantId: string; id: string; status: string }[]> {
  return database.withPlatform((tx) =>
    tx
      .select({ tenantId: jobs.tenantId, id: jobs.id, status: jobs.status })
      .from(jobs)
      .where(
        or(
          and(eq(jobs.status, "queued"), lt(jobs.createdAt, input.queuedBefore)),
          and(eq(jobs.status, "running"), lt(jobs.heartbeatAt, input.staleBefore)),
        ),
      )
      .limit(input.limit),
  );
}

/** Puts a running job whose process died back in the queue; false when someone else already did. */
export async function requeueStaleJob(tx: Tx, input: { jobId: string; staleBefore: Date }): Promise<boolean> {
  const rows = await tx
    .update(jobs)
    .set({ status: "queued" })
    .where(and(eq(jobs.id, input.jobId), eq(jobs.status, "running"), lt(jobs.heartbeatAt, input.staleBefore)))
    .returning({ id: jobs.id });
  return rows.length > 0;
}
