import { type Database, schema } from "@penny/db";
import { z } from "zod";
import { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";
import {
  type CachedResponse,
  cachedResponseSchema,
  type ResponseCacheStore,
} from "./response-cache-store.ts";

const keySchema = z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 hex digest");
const table = schema.modelResponseCache;

function parseOrThrow<T>(parser: z.ZodType<T>, value: unknown, path: string): T {
  const parsed = parser.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ResponseCacheInvalidError(
    parsed.error.issues.map((issue) => ({ path: [path, ...issue.path].join("."), message: issue.message })),
  );
}

/**
 * The response cache in the `model_response_cache` table, for one tenant. Every statement runs in
 * `withTenant`, so row-level security keeps one tenant's answers from ever reaching another.
 */
export function databaseResponseCache(database: Database, tenantId: string): ResponseCacheStore {
  return {
    async get(key) {
      const validKey = parseOrThrow(keySchema, key, "key");
      const row = await database.withTenant(tenantId, (tx) =>
        tx.query.modelResponseCache.findFirst({
          columns: { response: true },
          where: (cache, { and, eq, gt }) => and(eq(cache.key, validKey), gt(cache.expiresAt, new Date())),
        }),
      );
      if (!row) return undefined;
      // A row that no longer reads as a cached answer (an older format) is a miss, not an error.
      const parsed = cachedResponseSchema.safeParse(row.response);
      return parsed.success ? parsed.data : undefined;
    },

    async set(key, value: CachedResponse, expiresAt) {
      const validKey = parseOrThrow(keySchema, key, "key");
      const response = parseOrThrow(cachedResponseSchema, value, "value");
      await database.withTenant(tenantId, (tx) =>
        tx
          .insert(table)
          .values({ tenantId, key: validKey, model: response.model, response, expiresAt })
          .onConflictDoUpdate({
            target: [table.tenantId, table.key],
            set: { model: response.model, response, expiresAt },
          }),
      );
    },
  };
}
