import { afterAll, beforeAll, describe } from "vitest";
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
});
