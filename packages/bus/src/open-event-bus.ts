import type { EventBus } from "./event-bus.ts";
import type { EventBusErrorHandler } from "./event-bus-error-handler.ts";
import { createInProcessEventBus } from "./in-process-event-bus.ts";
import { createRedisEventBus } from "./redis-event-bus.ts";

export interface OpenEventBusOptions {
  /** `REDIS_URL`: when set, events cross process boundaries through Redis; otherwise they stay in-process. */
  redisUrl?: string;
  onError?: EventBusErrorHandler;
}

/** The Redis bus when a Redis URL is configured, the in-process bus otherwise. */
export function openEventBus(options: OpenEventBusOptions = {}): EventBus {
  const { redisUrl, onError } = options;
  if (redisUrl === undefined) return createInProcessEventBus({ onError });
  return createRedisEventBus(redisUrl, { onError });
}
