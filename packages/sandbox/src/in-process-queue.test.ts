import { describe, expect, it } from "vitest";
import { createInProcessQueue } from "./in-process-queue.ts";
import { sandboxQueueContract } from "./sandbox-queue.contract.ts";

describe("in-process sandbox queue", () => {
  sandboxQueueContract((options) => createInProcessQueue(options));

  it("a job whose runner fails rejects only its own submit and hands its slot on", async () => {
    const queue = createInProcessQueue({
      concurrency: 1,
      run: async (job) => {
        if (job.script === "fail") throw new Error("runner broke");
        return {
          exitCode: 0,
          signal: null,
          stdout: job.script,
          stderr: "",
          outputTruncated: false,
          outFiles: [],
          skippedOutFiles: [],
          durationMs: 1,
        };
      },
    });
    const failing = queue.submit({ script: "fail", timeoutSec: 5 });
    const next = queue.submit({ script: "after", timeoutSec: 5 });
    await expect(failing).rejects.toThrow("runner broke");
    expect((await next).stdout).toBe("after");
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, peakRunning: 1 });
  });
});
