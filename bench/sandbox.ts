import { spawn } from "node:child_process";
import os from "node:os";
import { createInProcessQueue, type PythonJob, runPythonJob } from "@penny/sandbox";

export interface SandboxBench {
  jobs: number;
  concurrency: number;
  /** Start of the call to the first byte of stdout, p50 (ms): sandboxed, and /usr/bin/python3 run directly. */
  firstOutputP50: { sandbox: number; direct: number };
  /** Jobs finished per minute with `concurrency` running at once (a short numpy script each). */
  jobsPerMinute: { sandbox: number; direct: number };
}

const helloScript = "print('ready')";
const workScript =
  "import numpy as np\nprint(float(np.linalg.norm(np.random.rand(200, 200) @ np.random.rand(200, 200))))";

/**
 * The sandbox's cost against running Debian's python3 directly in the same run: latency to the first output
 * (sequential jobs) and throughput at the machine's parallelism (jobs through the in-process queue).
 */
export async function measureSandbox(jobs: number): Promise<SandboxBench> {
  const concurrency = os.availableParallelism();
  const sandboxFirst: number[] = [];
  const directFirst: number[] = [];
  for (let index = 0; index < jobs; index += 1) {
    sandboxFirst.push(
      await firstOutput((onOutput) => runPythonJob({ script: helloScript, timeoutSec: 30, onOutput })),
    );
    directFirst.push(await firstOutput((onOutput) => runDirect(helloScript, onOutput)));
  }
  const throughput = async (run: (job: PythonJob) => Promise<unknown>) => {
    const queue = createInProcessQueue({ concurrency, run: run as never });
    const started = performance.now();
    await Promise.all(
      Array.from({ length: jobs }, () => queue.submit({ script: workScript, timeoutSec: 60 })),
    );
    return (jobs / (performance.now() - started)) * 60_000;
  };
  return {
    jobs,
    concurrency,
    firstOutputP50: { sandbox: median(sandboxFirst), direct: median(directFirst) },
    jobsPerMinute: {
      sandbox: await throughput((job) => runPythonJob(job)),
      direct: await throughput((job) => runDirect(job.script, () => {})),
    },
  };
}

export function printSandboxReport(bench: SandboxBench): void {
  const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}×`;
  console.log(
    `\nPython sandbox — ${bench.jobs} jobs each way, ${bench.concurrency} at once for throughput\n`,
  );
  console.log(`start → first output p50, sandbox        ${bench.firstOutputP50.sandbox.toFixed(1)} ms`);
  console.log(
    `start → first output p50, direct python3 ${bench.firstOutputP50.direct.toFixed(1)} ms (baseline)`,
  );
  console.log(
    `  ratio (sandbox / direct)               ${ratio(bench.firstOutputP50.sandbox, bench.firstOutputP50.direct)}`,
  );
  console.log(`jobs/min, sandbox                        ${Math.round(bench.jobsPerMinute.sandbox)}`);
  console.log(
    `jobs/min, direct python3                 ${Math.round(bench.jobsPerMinute.direct)} (baseline)`,
  );
  console.log(
    `  ratio (sandbox / direct)               ${ratio(bench.jobsPerMinute.sandbox, bench.jobsPerMinute.direct)}`,
  );
}

/** Milliseconds from calling `start` to its first output chunk. */
async function firstOutput(start: (onOutput: () => void) => Promise<unknown>): Promise<number> {
  const began = performance.now();
  let first = Number.NaN;
  await start(() => {
    if (Number.isNaN(first)) first = performance.now() - began;
  });
  return first;
}

/** The baseline: the same interpreter with the same flags and thread settings, no sandbox, no limits. */
function runDirect(script: string, onOutput: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/python3", ["-I", "-B", "-u", "-c", script], {
      env: { PATH: "/usr/bin", OPENBLAS_NUM_THREADS: "1", MPLBACKEND: "Agg" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", onOutput);
    child.on("error", reject);
    child.on("close", () => resolve());
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
