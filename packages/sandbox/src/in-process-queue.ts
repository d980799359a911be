import type { PythonJob, PythonJobResult } from "./python-job.ts";
import type { JobRunner, SandboxQueue, SandboxQueueStats } from "./sandbox-queue.ts";

/** The default queue: a FIFO in this process with at most `concurrency` jobs running. */
export function createInProcessQueue(options: { concurrency: number; run: JobRunner }): SandboxQueue {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const waiting: Array<() => void> = [];
  const counters: SandboxQueueStats = { running: 0, waiting: 0, peakRunning: 0 };

  const acquire = async () => {
    if (counters.running < concurrency) {
      counters.running += 1;
      counters.peakRunning = Math.max(counters.peakRunning, counters.running);
      return;
    }
    counters.waiting += 1;
    // A finishing job hands its slot straight to the next waiter, so no newcomer can slip in between.
    await new Promise<void>((resolve) => waiting.push(resolve));
    counters.waiting -= 1;
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else counters.running -= 1;
  };

  return {
    async submit(job: PythonJob): Promise<PythonJobResult> {
      await acquire();
      try {
        return await options.run(job);
      } finally {
        release();
      }
    },
    stats: () => ({ ...counters }),
    close: async () => {},
  };
}
