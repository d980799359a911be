import { randomUUID } from "node:crypto";
import { type ConnectionOptions, type Job, Queue, QueueEvents, Worker } from "bullmq";
import type { OutFile, PythonJob, PythonJobResult } from "./python-job.ts";
import type { JobRunner, SandboxQueue, SandboxQueueStats } from "./sandbox-queue.ts";

const QUEUE_NAME = "penny-python-jobs";

/** What travels through Redis: the job without its callbacks, bytes as base64. */
interface QueuedJob {
  script: string;
  files: Array<{ name: string; base64: string }>;
  timeoutSec: number;
  limits?: PythonJob["limits"];
}

type QueuedResult = Omit<PythonJobResult, "outFiles"> & {
  outFiles: Array<Omit<OutFile, "bytes"> & { base64: string }>;
};

/**
 * The queue when REDIS_URL is set: jobs wait in Redis and every server process runs a worker with `concurrency`
 * slots, so a burst is spread over the processes. Output streams only to a submitter in the process whose worker
 * runs the job (the callbacks cannot travel through Redis); elsewhere the caller gets the output in the result.
 */
export function createBullmqQueue(options: {
  redisUrl: string;
  concurrency: number;
  run: JobRunner;
  queueName?: string;
}): SandboxQueue {
  const connection = redisConnection(options.redisUrl);
  const name = options.queueName ?? QUEUE_NAME;
  const queue = new Queue<QueuedJob, QueuedResult>(name, { connection });
  const events = new QueueEvents(name, { connection });
  const local = new Map<string, Pick<PythonJob, "onOutput" | "signal">>();
  const counters: SandboxQueueStats = { running: 0, waiting: 0, peakRunning: 0 };
  const worker = new Worker<QueuedJob, QueuedResult>(
    name,
    async (job: Job<QueuedJob, QueuedResult>) => {
      counters.running += 1;
      counters.peakRunning = Math.max(counters.peakRunning, counters.running);
      try {
        const callbacks = job.id ? local.get(job.id) : undefined;
        const result = await options.run({
          script: job.data.script,
          files: job.data.files.map((file) => ({
            name: file.name,
            bytes: Buffer.from(file.base64, "base64"),
          })),
          timeoutSec: job.data.timeoutSec,
          ...(job.data.limits ? { limits: job.data.limits } : {}),
          ...callbacks,
        });
        return {
          ...result,
          outFiles: result.outFiles.map(({ bytes, ...file }) => ({
            ...file,
            base64: Buffer.from(bytes).toString("base64"),
          })),
        };
      } finally {
        counters.running -= 1;
      }
    },
    { connection, concurrency: Math.max(1, Math.floor(options.concurrency)) },
  );
  const ready = Promise.all([queue.waitUntilReady(), events.waitUntilReady(), worker.waitUntilReady()]);

  return {
    async submit(job) {
      await ready;
      counters.waiting += 1;
      // The callbacks are registered before the job exists, so a local worker that starts it at once finds them.
      const id = randomUUID();
      local.set(id, { onOutput: job.onOutput, signal: job.signal });
      try {
        const queued = await queue.add(
          "run",
          {
            script: job.script,
            files: (job.files ?? []).map((file) => ({
              name: file.name,
              base64: Buffer.from(file.bytes).toString("base64"),
            })),
            timeoutSec: job.timeoutSec,
            ...(job.limits ? { limits: job.limits } : {}),
          },
          { jobId: id, removeOnComplete: true, removeOnFail: true },
        );
        const result = (await queued.waitUntilFinished(events)) as QueuedResult;
        return {
          ...result,
          outFiles: result.outFiles.map(({ base64, ...file }) => ({
            ...file,
            bytes: new Uint8Array(Buffer.from(base64, "base64")),
          })),
        };
      } finally {
        counters.waiting -= 1;
        local.delete(id);
      }
    },
    stats: () => ({ ...counters, waiting: Math.max(0, counters.waiting - counters.running) }),
    async close() {
      await worker.close();
      await events.close();
      await queue.close();
    },
  };
}

/** ioredis options from a redis:// URL (BullMQ's workers need maxRetriesPerRequest: null). */
function redisConnection(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    db: Number(parsed.pathname.slice(1) || 0),
    maxRetriesPerRequest: null,
  };
}
