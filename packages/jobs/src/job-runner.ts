import type { EventBus, Unsubscribe } from "@penny/bus";
import type { Database, JobProgress } from "@penny/db";
import { JobCancelledError } from "./errors/job-cancelled-error.ts";
import { JobKindUnknownError } from "./errors/job-kind-unknown-error.ts";
import { jobChannel } from "./job-channel.ts";
import type { JobContext, JobHandler } from "./job-handler.ts";
import {
  abandonedJobs,
  claimJob,
  findJob,
  finishJob,
  insertJob,
  recordProgress,
  requeueStaleJob,
} from "./job-store.ts";
import type { JobView } from "./job-view.ts";

export interface JobRunnerOptions {
  database: Database;
  bus: EventBus;
  /** Jobs this process runs at once; the rest wait in order. */
  concurrency?: number;
  /** Progress is written at most this often per job (the first, phase changes and the last always are). */
  progressIntervalMs?: number;
  /** A running job whose heartbeat is older than this belongs to a dead process and is run again. */
  staleAfterMs?: number;
  log?: { error(object: unknown, message: string): void };
}

export interface EnqueueRequest {
  tenantId: string;
  kind: string;
  subjectId?: string | null;
  input: Record<string, unknown>;
  createdBy: string | null;
}

/** Runs long work after its request answered, with stored progress any process can read and watch. */
export interface JobRunner {
  register(handler: JobHandler): void;
  /** Stores the job and starts it here as soon as a slot is free. */
  enqueue(request: EnqueueRequest): Promise<JobView>;
  get(tenantId: string, jobId: string): Promise<JobView>;
  /** Cancels a queued or running job (a job on another process stops at its next progress report). */
  cancel(tenantId: string, jobId: string): Promise<JobView>;
  /** Calls `listener` with the job each time it changes, from any process. */
  watch(tenantId: string, jobId: string, listener: (job: JobView) => void): Promise<Unsubscribe>;
  /** Takes over jobs a dead process left queued or running; returns how many. */
  recover(now?: Date): Promise<number>;
  /** Resolves when this process has no job running or waiting (tests and shutdown use it). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The abort reason of jobs stopped because this process shuts down (they are queued again, not cancelled). */
const SHUTDOWN = Symbol("job-runner-shutdown");

/**
 * What a failed job tells people: the message of an error written for them (a `PENNY_` code), else `fallback`, so
 * a library's or driver's message (hosts, SQL) never reaches a job's `error`.
 */
export function messageForPeople(
  error: unknown,
  fallback = "The job failed unexpectedly; the server log has the details.",
): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === "string" && code.startsWith("PENNY_")) return error.message;
  return fallback;
}

/** The in-process job runner: stored in the database, run here with a concurrency limit, published on the bus. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { database, bus } = options;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const progressIntervalMs = options.progressIntervalMs ?? 250;
  const staleAfterMs = options.staleAfterMs ?? 2 * 60_000;
  const handlers = new Map<string, JobHandler>();
  const waiting: { tenantId: string; jobId: string }[] = [];
  const running = new Map<string, AbortController>();
  const idleWaiters: (() => void)[] = [];
  let closed = false;

  const publish = async (tenantId: string, job: JobView | null) => {
    if (!job) return;
    await bus.publish(jobChannel(tenantId, job.id), JSON.stringify(job)).catch((error) => {
      options.log?.error({ err: error }, "publishing a job change failed");
    });
  };

  const settleIdle = () => {
    if (running.size > 0 || waiting.length > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };

  const pump = () => {
    while (!closed && running.size < concurrency && waiting.length > 0) {
      const next = waiting.shift() as { tenantId: string; jobId: string };
      const controller = new AbortController();
      running.set(next.jobId, controller);
      void execute(next.tenantId, next.jobId, controller)
        .catch((error) => options.log?.error({ err: error, jobId: next.jobId }, "a job crashed the runner"))
        .finally(() => {
          running.delete(next.jobId);
          pump();
          settleIdle();
        });
    }
    settleIdle();
  };

  const schedule = (tenantId: string, jobId: string) => {
    if (closed || running.has(jobId) || waiting.some((entry) => entry.jobId === jobId)) return;
    waiting.push({ tenantId, jobId });
    pump();
  };

  async function execute(tenantId: string, jobId: string, controller: AbortController): Promise<void> {
    const claimed = await database.withTenant(tenantId, (tx) => claimJob(tx, { jobId, now: new Date() }));
    if (!claimed) return;
    await publish(tenantId, claimed);
    const handler = handlers.get(claimed.kind);
    if (!handler) {
      const failed = await database.withTenant(tenantId, (tx) =>
        finishJob(tx, {
          jobId,
          now: new Date(),
          status: "failed",
          error: new JobKindUnknownError(claimed.kind).message,
        }),
      );
      await publish(tenantId, failed);
      return;
    }
    let lastWrite = 0;
    let lastPhase = "";
    const context: JobContext = {
      tenantId,
      jobId,
      createdBy: claimed.createdBy,
      input: claimed.input,
      signal: controller.signal,
      reportProgress: async (progress: JobProgress) => {
        if (controller.signal.aborted) throw new JobCancelledError();
        const now = Date.now();
        const last = progress.total > 0 && progress.done >= progress.total;
        if (!last && progress.phase === lastPhase && now - lastWrite < progressIntervalMs) return;
        lastWrite = now;
        lastPhase = progress.phase;
        const updated = await database.withTenant(tenantId, (tx) =>
          recordProgress(tx, { jobId, progress, now: new Date() }),
        );
        if (!updated) {
          // Someone cancelled the job (here or on another process): stop the work.
          controller.abort();
          throw new JobCancelledError();
        }
        await publish(tenantId, updated);
      },
    };
    try {
      const result = await handler.run(context);
      const finished = await database.withTenant(tenantId, (tx) =>
        finishJob(tx, { jobId, now: new Date(), status: "succeeded", result }),
      );
      await publish(tenantId, finished);
    } catch (error) {
      if (controller.signal.reason === SHUTDOWN) {
        // This process is going away mid-job: hand the job back so the next process to recover runs it again.
        await database.withTenant(tenantId, (tx) =>
          requeueStaleJob(tx, { jobId, staleBefore: new Date(Date.now() + 60_000) }),
        );
        return;
      }
      const cancelled = controller.signal.aborted || error instanceof JobCancelledError;
      if (!cancelled) options.log?.error({ err: error, jobId, kind: claimed.kind }, "a job failed");
      const finished = await database.withTenant(tenantId, (tx) =>
        finishJob(tx, {
          jobId,
          now: new Date(),
          status: cancelled ? "cancelled" : "failed",
          ...(cancelled ? {} : { error: messageForPeople(error) }),
        }),
      );
      await publish(tenantId, finished);
    }
  }

  return {
    register(handler) {
      handlers.set(handler.kind, handler);
    },
    async enqueue(request) {
      if (!handlers.has(request.kind)) throw new JobKindUnknownError(request.kind);
      const job = await database.withTenant(request.tenantId, (tx) => insertJob(tx, request));
      await publish(request.tenantId, job);
      schedule(request.tenantId, job.id);
      return job;
    },
    get(tenantId, jobId) {
      return database.withTenant(tenantId, (tx) => findJob(tx, jobId));
    },
    async cancel(tenantId, jobId) {
      const cancelled = await database.withTenant(tenantId, async (tx) => {
        const ended = await finishJob(tx, { jobId, now: new Date(), status: "cancelled" });
        return ended ?? findJob(tx, jobId);
      });
      running.get(jobId)?.abort();
      const index = waiting.findIndex((entry) => entry.jobId === jobId);
      if (index >= 0) waiting.splice(index, 1);
      await publish(tenantId, cancelled);
      settleIdle();
      return cancelled;
    },
    watch(tenantId, jobId, listener) {
      return bus.subscribe(jobChannel(tenantId, jobId), (message) =>
        listener(JSON.parse(message) as JobView),
      );
    },
    async recover(now = new Date()) {
      const staleBefore = new Date(now.getTime() - staleAfterMs);
      const candidates = await abandonedJobs(database, {
        queuedBefore: staleBefore,
        staleBefore,
        limit: 100,
      });
      let taken = 0;
      for (const candidate of candidates) {
        if (running.has(candidate.id) || waiting.some((entry) => entry.jobId === candidate.id)) continue;
        if (candidate.status === "running") {
          const requeued = await database.withTenant(candidate.tenantId, (tx) =>
            requeueStaleJob(tx, { jobId: candidate.id, staleBefore }),
          );
          if (!requeued) continue;
        }
        schedule(candidate.tenantId, candidate.id);
        taken += 1;
      }
      return taken;
    },
    idle() {
      if (running.size === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      waiting.length = 0;
      for (const controller of running.values()) controller.abort(SHUTDOWN);
      if (running.size > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
