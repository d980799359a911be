import type { PythonJob, PythonJobResult } from "./python-job.ts";

/** Counters of a queue, read by tests and the bench: jobs running now, waiting now, and the most ever running. */
export interface SandboxQueueStats {
  running: number;
  waiting: number;
  peakRunning: number;
}

/** Where jobs wait for a free slot so a burst never runs more than `concurrency` sandboxes at once. */
export interface SandboxQueue {
  submit(job: PythonJob): Promise<PythonJobResult>;
  stats(): SandboxQueueStats;
  close(): Promise<void>;
}

/** Runs one job; `runPythonJob` in production. */
export type JobRunner = (job: PythonJob) => Promise<PythonJobResult>;
