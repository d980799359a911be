import { type Database, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTenant } from "./__fixtures__/create-tenant.ts";
import { databaseResponseCache } from "./database-response-cache.ts";
import { purgeExpiredResponses } from "./purge-expired-responses.ts";
import { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";
import type { CachedResponse } from "./response-cache-store.ts";

const NOW = new Date("2031-03-01T10:00:00.000Z");
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const answer = (text: string): CachedResponse => ({
  kind: "stream",
  model: "gpt-test",
  parts: [{ type: "text-delta", id: "0", delta: text }],
});

describe("purgeExpiredResponses", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let tenantA: string;
  let tenantB: string;
  let counter = 0;
  /** A new entry for `tenantId` expiring at `expiresAt`; returns its key. */
  const cache = async (tenantId: string, expiresAt: Date) => {
    counter += 1;
    const key = counter.toString(16).padStart(64, "0");
    await databaseResponseCache(database, tenantId).set(key, answer(`answer ${counter}`), expiresAt);
    return key;
  };
  const remainingKeys = async () =>
    (
      await database.withPlatform((tx) =>
        tx.select({ key: schema.modelResponseCache.key }).from(schema.modelResponseCache),
      )
    )
      .map((row) => row.key)
      .sort();

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    tenantA = await createTenant(database, "A");
    tenantB = await createTenant(database, "B");
  });
  beforeEach(async () => {
    await database.withPlatform((tx) => tx.delete(schema.modelResponseCache));
  });
  afterAll(() => testDatabase.dispose());

  it("deletes every tenant's expired entries in batches and keeps the live ones", async () => {
    const live = [await cache(tenantA, at(1)), await cache(tenantB, at(3600))];
    for (const seconds of [-3600, -60, -1]) await cache(tenantA, at(seconds));
    for (const seconds of [-7200, -5]) await cache(tenantB, at(seconds));
    // An entry expiring exactly now is already a miss for a read, so it goes too.
    await cache(tenantB, NOW);

    expect(await purgeExpiredResponses({ database, now: NOW, batchSize: 2 })).toBe(6);
    expect(await remainingKeys()).toEqual([...live].sort());
    expect(await purgeExpiredResponses({ database, now: NOW, batchSize: 2 })).toBe(0);
  });

  it("counts right when the last batch is exactly full, and with one row per batch", async () => {
    for (const seconds of [-4, -3, -2, -1]) await cache(tenantA, at(seconds));
    expect(await purgeExpiredResponses({ database, now: NOW, batchSize: 4 })).toBe(4);
    for (const seconds of [-3, -2, -1]) await cache(tenantB, at(seconds));
    expect(await purgeExpiredResponses({ database, now: NOW, batchSize: 1 })).toBe(3);
    expect(await remainingKeys()).toEqual([]);
  });

  it("deletes each entry once when several processes purge at the same time", async () => {
    for (let index = 0; index < 12; index += 1) await cache(index % 2 ? tenantA : tenantB, at(-index - 1));
    const counts = await Promise.all(
      [1, 2, 3].map(() => purgeExpiredResponses({ database, now: NOW, batchSize: 2 })),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(12);
    expect(await remainingKeys()).toEqual([]);
  });

  it("leaves a live entry readable", async () => {
    const key = await cache(tenantA, at(3600));
    await cache(tenantA, at(-1));
    expect(await purgeExpiredResponses({ database, now: NOW })).toBe(1);
    expect(await databaseResponseCache(database, tenantA).get(key)).toEqual(answer(`answer ${counter - 1}`));
  });

  it.each([0, -1, 1.5])("refuses a batch size of %s", async (batchSize) => {
    await expect(purgeExpiredResponses({ database, now: NOW, batchSize })).rejects.toBeInstanceOf(
      ResponseCacheInvalidError,
    );
  });
});
