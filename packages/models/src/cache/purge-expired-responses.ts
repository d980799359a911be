import { type Database, schema } from "@penny/db";
import { inArray, lte } from "drizzle-orm";
import { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";

const table = schema.modelResponseCache;
const DEFAULT_BATCH_SIZE = 500;

export interface PurgeExpiredResponsesOptions {
  database: Database;
  /** Entries that expire at or before this moment go (a read already treats them as misses). */
  now?: Date;
  /** Rows deleted per transaction, so no purge holds many locks or a long transaction. */
  batchSize?: number;
}

/**
 * Deletes cached model answers past their expiry, for every tenant, in transactions of at most `batchSize` rows
 * until none is left; returns how many it deleted. A read never returns an expired entry anyway: this only keeps
 * the table from growing. Runs as the platform role (the one cross-tenant path), and skips rows another purge has
 * locked, so several processes may purge at once without waiting on each other.
 */
export async function purgeExpiredResponses(options: PurgeExpiredResponsesOptions): Promise<number> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ResponseCacheInvalidError([{ path: "batchSize", message: "must be a whole number above 0" }]);
  }
  const now = options.now ?? new Date();
  let purged = 0;
  for (;;) {
    const deleted = await options.database.withPlatform(async (tx) => {
      const expired = tx
        .select({ id: table.id })
        .from(table)
        .where(lte(table.expiresAt, now))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      const rows = await tx.delete(table).where(inArray(table.id, expired)).returning({ id: table.id });
      return rows.length;
    });
    purged += deleted;
    if (deleted < batchSize) return purged;
  }
}
