import type { ModelResolver } from "@penny/chat";
import type { Database } from "@penny/db";
import { createTenantModelResolver } from "@penny/models";

/**
 * The chat's model resolver over the tenant's providers and policy, ending with the built-in model. It says
 * whether any model of the chain is external (the prompt is then redacted per the tenant's privacy policy) and
 * what the chosen model costs.
 */
export function createModelResolver(options: {
  database: Database;
  masterKey: Buffer;
  now: () => Date;
  cacheTtlMs?: number;
  fallback?: { maxRetries?: number; timeoutMs?: number; baseDelayMs?: number };
}): ModelResolver {
  const resolve = createTenantModelResolver(options);
  return async (request) => {
    const { model, id, label, reason, external, pricing } = await resolve({
      tenantId: request.caller.tenantId,
      sensitive: request.sensitive,
      requested: request.requested,
      text: request.text,
      toolCount: request.toolCount,
      historyLength: request.historyLength,
      tx: request.tx,
    });
    return { model, id, label, reason, external, ...(pricing ? { pricing } : {}) };
  };
}
