import { describe } from "vitest";
import { createInProcessQueue } from "./in-process-queue.ts";
import { sandboxQueueContract } from "./sandbox-queue.contract.ts";

describe("in-process sandbox queue", () => {
  sandboxQueueContract((options) => createInProcessQueue(options));
});
