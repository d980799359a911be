import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedisServer } from "./__fixtures__/redis-server.ts";
import { createBullmqQueue } from "./bullmq-queue.ts";
import { sandboxQueueContract } from "./sandbox-queue.contract.ts";

let redis: Awaited<ReturnType<typeof startRedisServer>>;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

describe("BullMQ sandbox queue (real redis-server)", () => {
  sandboxQueueContract((options) => createBullmqQueue({ ...options, redisUrl: redis.url }));

  it("carries input and output files through Redis byte for byte", async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    const queue = createBullmqQueue({
      concurrency: 1,
      redisUrl: redis.url,
      // Echoes the input file back as an output file, so both directions of the trip are checked.
      run: async (job) => ({
        exitCode: 0,
        signal: null,
        stdout: `${job.files?.length ?? 0} file(s)`,
        stderr: "",
        outputTruncated: false,
        outFiles: (job.files ?? []).map((file) => ({ ...file, name: `out-${file.name}`, mime: "image/png" })),
        skippedOutFiles: [],
        durationMs: 1,
      }),
    });
    try {
      const result = await queue.submit({
        script: "echo",
        timeoutSec: 5,
        files: [{ name: "in.bin", bytes }],
      });
      expect(result.stdout).toBe("1 file(s)");
      expect(result.outFiles.map((file) => file.name)).toEqual(["out-in.bin"]);
      expect([...(result.outFiles[0]?.bytes ?? [])]).toEqual([...bytes]);
    } finally {
      await queue.close();
    }
  });
});
