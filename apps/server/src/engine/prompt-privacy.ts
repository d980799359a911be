import type { Caller, OutputFilterFactory, PromptToProtect, ProtectedPrompt } from "@penny/chat";
import type { Database } from "@penny/db";
import {
  createStreamingFilter,
  inputRedactionKinds,
  outputFilterKinds,
  type PrivacyPolicy,
  readPrivacyPolicy,
  redactPrompt,
} from "@penny/models";

declare module "fastify" {
  interface FastifyInstance {
    /** The tenant's privacy policy applied to prompts and answers; the policy routes clear its cache on write. */
    promptPrivacy: PromptPrivacy;
  }
}

/** The chat engine's privacy ports over each tenant's privacy policy. */
export interface PromptPrivacy {
  /** Redacts the prompt per the tenant's policy when a model outside the tenant's machines may read it. */
  protectPrompt(input: PromptToProtect): Promise<ProtectedPrompt>;
  /** A streaming filter per answer text: the tenant's kinds when enabled, secrets always. */
  outputFilter(caller: Caller): Promise<OutputFilterFactory>;
  /** Forgets a tenant's cached policy; call it once a new policy is committed. */
  forget(tenantId: string): void;
}

/** How long a policy is reused: a run reads it once, and another process's change shows within this time. */
export const PRIVACY_POLICY_TTL_MS = 5_000;
/** Tenants whose policy is kept at once; the oldest entry goes first. */
const CACHE_MAX_TENANTS = 1_000;

export function createPromptPrivacy(options: {
  database: Database;
  ttlMs?: number;
  /** Milliseconds for the cache's expiry; a monotonic clock, not the engine's (tests fix that one). */
  clock?: () => number;
}): PromptPrivacy {
  const ttlMs = options.ttlMs ?? PRIVACY_POLICY_TTL_MS;
  const clock = options.clock ?? (() => performance.now());
  const cache = new Map<string, { policy: Promise<PrivacyPolicy>; expiresAt: number }>();

  // Called once per model step and once per answer: a cached promise also lets concurrent steps share one read.
  const policyOf = (tenantId: string): Promise<PrivacyPolicy> => {
    const cached = cache.get(tenantId);
    if (cached && cached.expiresAt > clock()) return cached.policy;
    cache.delete(tenantId);
    if (cache.size >= CACHE_MAX_TENANTS) cache.delete(cache.keys().next().value as string);
    const policy = options.database.withTenant(tenantId, (tx) => readPrivacyPolicy(tx));
    const entry = { policy, expiresAt: clock() + ttlMs };
    cache.set(tenantId, entry);
    policy.catch(() => {
      if (cache.get(tenantId) === entry) cache.delete(tenantId);
    });
    return policy;
  };

  return {
    async protectPrompt({ caller, model, system, messages }) {
      if (!model.external) return { system, messages, redactions: [] };
      const kinds = inputRedactionKinds(await policyOf(caller.tenantId));
      if (kinds.length === 0) return { system, messages, redactions: [] };
      return redactPrompt({ system, messages }, { kinds });
    },
    async outputFilter(caller) {
      const kinds = outputFilterKinds(await policyOf(caller.tenantId));
      return () => createStreamingFilter({ kinds });
    },
    forget(tenantId) {
      cache.delete(tenantId);
    },
  };
}
