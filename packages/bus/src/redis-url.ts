import { RedisUrlInvalidError } from "./errors/redis-url-invalid-error.ts";

/** Throws RedisUrlInvalidError unless `url` parses as a redis:// or rediss:// URL. */
export function assertRedisUrl(url: unknown): asserts url is string {
  if (typeof url !== "string" || !URL.canParse(url)) throw new RedisUrlInvalidError();
  const { protocol, hostname } = new URL(url);
  if ((protocol !== "redis:" && protocol !== "rediss:") || hostname === "") throw new RedisUrlInvalidError();
}
