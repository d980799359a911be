export { EventBusChannelInvalidError } from "./errors/event-bus-channel-invalid-error.ts";
export { EventBusClosedError } from "./errors/event-bus-closed-error.ts";
export { EventBusListenerInvalidError } from "./errors/event-bus-listener-invalid-error.ts";
export { EventBusMessageInvalidError } from "./errors/event-bus-message-invalid-error.ts";
export { RateLimitInputInvalidError } from "./errors/rate-limit-input-invalid-error.ts";
export { RateLimiterClosedError } from "./errors/rate-limiter-closed-error.ts";
export { RedisUrlInvalidError } from "./errors/redis-url-invalid-error.ts";
export type { EventBus, Unsubscribe } from "./event-bus.ts";
export type { EventBusErrorHandler } from "./event-bus-error-handler.ts";
export { CHANNEL_MAX_LENGTH, MESSAGE_MAX_BYTES } from "./event-bus-input.ts";
export { createInProcessEventBus, type InProcessEventBusOptions } from "./in-process-event-bus.ts";
export { createMemoryRateLimiter, type MemoryRateLimiterOptions } from "./memory-rate-limiter.ts";
export { type OpenEventBusOptions, openEventBus } from "./open-event-bus.ts";
export { type OpenRateLimiterOptions, openRateLimiter } from "./open-rate-limiter.ts";
export type { RateLimitDecision, RateLimiter, RateLimitOptions } from "./rate-limiter.ts";
export { createRedisEventBus, REDIS_CHANNEL_PREFIX, type RedisEventBusOptions } from "./redis-event-bus.ts";
export {
  createRedisRateLimiter,
  REDIS_RATE_LIMIT_PREFIX,
  type RedisRateLimiterOptions,
} from "./redis-rate-limiter.ts";
