import os from "node:os";
import type { Database } from "@penny/db";
import { assertSandboxPrograms, defaultSandboxPrograms, type SandboxPrograms } from "./bubblewrap-command.ts";
import { createBullmqQueue } from "./bullmq-queue.ts";
import { checkPythonScript } from "./check-python-script.ts";
import { SandboxBudgetError } from "./errors/sandbox-budget-error.ts";
import { ScriptRefusedError } from "./errors/script-refused-error.ts";
import { createInProcessQueue } from "./in-process-queue.ts";
import type { PythonJob, PythonJobResult } from "./python-job.ts";
import { runPythonJob } from "./run-python-job.ts";
import type { JobRunner, SandboxQueue } from "./sandbox-queue.ts";
import { addSandboxUsage, readSandboxUsage, usageDay } from "./sandbox-usage-queries.ts";
import { validatePythonJob } from "./validate-python-job.ts";

export const DEFAULT_DAILY_BUDGET_SEC = 30 * 60;

export interface PythonSandboxOptions {
  /** Sandboxes running at once in this process; the machine's parallelism by default. */
  concurrency?: number;
  /** When set, jobs wait in Redis through BullMQ instead of in this process. */
  redisUrl?: string;
  /** Sandbox time each tenant may use per UTC day. */
  dailyBudgetSec?: number;
  programs?: SandboxPrograms;
}

/** The one way the rest of Penny runs Python: checked, budgeted per tenant, queued, sandboxed. */
export interface PythonSandbox {
  run(request: { database: Database; tenantId: string; now: Date; job: PythonJob }): Promise<PythonJobResult>;
  /** Milliseconds the tenant has left today. */
  remainingMs(request: { database: Database; tenantId: string; now: Date }): Promise<number>;
  queue: SandboxQueue;
  close(): Promise<void>;
}

export function createPythonSandbox(options: PythonSandboxOptions = {}): PythonSandbox {
  const programs = options.programs ?? defaultSandboxPrograms;
  const budgetMs = (options.dailyBudgetSec ?? DEFAULT_DAILY_BUDGET_SEC) * 1000;
  const runner: JobRunner = (job) => runPythonJob(job, { programs });
  const concurrency = options.concurrency ?? os.availableParallelism();
  const queue = options.redisUrl
    ? createBullmqQueue({ redisUrl: options.redisUrl, concurrency, run: runner })
    : createInProcessQueue({ concurrency, run: runner });

  const remainingMs: PythonSandbox["remainingMs"] = async ({ database, tenantId, now }) => {
    const used = await database.withTenant(tenantId, (tx) => readSandboxUsage(tx, usageDay(now)));
    return Math.max(0, budgetMs - used);
  };

  return {
    queue,
    remainingMs,
    async run({ database, tenantId, now, job }) {
      // Refuse before any work when the sandbox cannot be built: a script is never run unsandboxed.
      assertSandboxPrograms(programs);
      validatePythonJob(job);
      const left = await remainingMs({ database, tenantId, now });
      if (left < 1000) throw new SandboxBudgetError(budgetMs - left, budgetMs);
      const problems = await checkPythonScript(job.script, { run: (check) => queue.submit(check) });
      if (problems.length > 0) throw new ScriptRefusedError(problems);
      // A job may not run past what is left of the day's budget.
      const timeoutSec = Math.min(job.timeoutSec, Math.floor(left / 1000));
      const result = await queue.submit({ ...job, timeoutSec });
      await database.withTenant(tenantId, (tx) =>
        addSandboxUsage(tx, { tenantId, day: usageDay(now), usedMs: result.durationMs }),
      );
      return result;
    },
    close: () => queue.close(),
  };
}
