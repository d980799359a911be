import { expect, it } from "vitest";
import type { PythonJob } from "./python-job.ts";
import { runPythonJob } from "./run-python-job.ts";
import type { JobRunner, SandboxQueue } from "./sandbox-queue.ts";

/**
 * The contract every SandboxQueue passes: a burst of real sandbox jobs never has more than `concurrency` running,
 * observed by counters around the real runner (not by timing), and every job still gets its own result.
 */
export function sandboxQueueContract(
  makeQueue: (options: { concurrency: number; run: JobRunner }) => SandboxQueue,
) {
  it("never runs more than its concurrency at once; the rest wait and all finish", async () => {
    let active = 0;
    let peak = 0;
    const counted: JobRunner = async (job: PythonJob) => {
      active += 1;
      peak = Math.max(peak, active);
      try {
        return await runPythonJob(job);
      } finally {
        active -= 1;
      }
    };
    const queue = makeQueue({ concurrency: 2, run: counted });
    try {
      const outputs: string[] = [];
      const jobs = Array.from({ length: 6 }, (_, index) =>
        queue.submit({
          script: `import time\ntime.sleep(0.3)\nprint(${index})`,
          timeoutSec: 30,
          onOutput: (chunk) => outputs.push(chunk.text),
        }),
      );
      const results = await Promise.all(jobs);
      expect(results.map((result) => result.stdout)).toEqual(["0\n", "1\n", "2\n", "3\n", "4\n", "5\n"]);
      expect(peak).toBe(2);
      expect(queue.stats().peakRunning).toBe(2);
      expect(queue.stats().running).toBe(0);
      expect(outputs.join("").split("\n").filter(Boolean).sort()).toEqual(["0", "1", "2", "3", "4", "5"]);
    } finally {
      await queue.close();
    }
  });
}
