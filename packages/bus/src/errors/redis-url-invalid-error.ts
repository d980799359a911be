/** The Redis URL is not a redis:// or rediss:// URL. The URL itself is never echoed: it may hold a password. */
export class RedisUrlInvalidError extends Error {
  override readonly name = "RedisUrlInvalidError";
  readonly code = "PENNY_BUS_REDIS_URL_INVALID";
  constructor() {
    super("The Redis URL must be a redis:// or rediss:// URL, for example redis://127.0.0.1:6379.");
  }
}
