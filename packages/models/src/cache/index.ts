export { canonicalJson, fromCacheJson, toCacheJson } from "./cache-json.ts";
export { databaseResponseCache } from "./database-response-cache.ts";
export { isCacheableCall, isCacheableFinish } from "./is-cacheable-call.ts";
export { type PurgeExpiredResponsesOptions, purgeExpiredResponses } from "./purge-expired-responses.ts";
export { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";
export { responseCacheKey } from "./response-cache-key.ts";
export {
  type CachedGenerate,
  type CachedResponse,
  type CachedStream,
  cachedResponseSchema,
  type ResponseCacheStore,
} from "./response-cache-store.ts";
export { type ResponseCacheOptions, withResponseCache } from "./with-response-cache.ts";
