import type { RateLimiter } from "@penny/bus";
import type { Caller } from "@penny/chat";
import { PennyError } from "../errors/penny-error.ts";

/** How many messages a person and a whole tenant may send per window. */
export interface ChatLimitSettings {
  perUser: { limit: number; windowMs: number };
  perTenant: { limit: number; windowMs: number };
}

export const defaultChatLimits: ChatLimitSettings = {
  perUser: { limit: 30, windowMs: 60_000 },
  perTenant: { limit: 1_200, windowMs: 60_000 },
};

/** A client sending faster than its limits allow: 429 with Retry-After. */
export class RateLimitedError extends PennyError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("PENNY_RATE_LIMITED", message);
  }
}

/** Checks a person's and their tenant's message rate before a run starts (Redis-backed when REDIS_URL is set). */
export class ChatLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly settings: ChatLimitSettings,
  ) {}

  async check(caller: Caller): Promise<void> {
    const user = await this.limiter.consume(
      `chat:user:${caller.tenantId}:${caller.userId}`,
      this.settings.perUser,
    );
    if (!user.allowed) {
      throw new RateLimitedError(
        `You are sending messages too fast (at most ${this.settings.perUser.limit} per ${this.settings.perUser.windowMs / 1000} s); wait a moment.`,
        user.retryAfterMs / 1000,
      );
    }
    const tenant = await this.limiter.consume(`chat:tenant:${caller.tenantId}`, this.settings.perTenant);
    if (!tenant.allowed) {
      throw new RateLimitedError(
        "Your organisation is sending messages faster than its limit allows; wait a moment.",
        tenant.retryAfterMs / 1000,
      );
    }
  }
}
