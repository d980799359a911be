import { type Database, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "./__fixtures__/create-tenant.ts";
import { databaseResponseCache } from "./database-response-cache.ts";
import { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";
import type { CachedResponse } from "./response-cache-store.ts";

const key = (digit: string) => digit.repeat(64);
const answer = (text: string): CachedResponse => ({
  kind: "stream",
  model: "gpt-test",
  parts: [{ type: "text-delta", id: "0", delta: text }],
});
const inAMinute = () => new Date(Date.now() + 60_000);

describe("databaseResponseCache", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let tenantA: string;
  let tenantB: string;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    tenantA = await createTenant(database, "A");
    tenantB = await createTenant(database, "B");
  });
  afterAll(() => testDatabase.dispose());

  it("stores and reads back an answer", async () => {
    const store = databaseResponseCache(database, tenantA);
    await store.set(key("a"), answer("hello"), inAMinute());
    expect(await store.get(key("a"))).toEqual(answer("hello"));
    expect(await store.get(key("b"))).toBeUndefined();
  });

  it("keeps tenants apart even under the same key", async () => {
    const storeA = databaseResponseCache(database, tenantA);
    const storeB = databaseResponseCache(database, tenantB);
    await storeA.set(key("c"), answer("for A"), inAMinute());
    expect(await storeB.get(key("c"))).toBeUndefined();
    await storeB.set(key("c"), answer("for B"), inAMinute());
    expect(await storeA.get(key("c"))).toEqual(answer("for A"));
    expect(await storeB.get(key("c"))).toEqual(answer("for B"));
  });

  it("replaces an entry on the same key instead of adding a row", async () => {
    const store = databaseResponseCache(database, tenantA);
    await store.set(key("d"), answer("old"), inAMinute());
    await store.set(key("d"), answer("new"), inAMinute());
    expect(await store.get(key("d"))).toEqual(answer("new"));
    const rows = await database.withPlatform((tx) =>
      tx.query.modelResponseCache.findMany({ where: (cache, { eq }) => eq(cache.key, key("d")) }),
    );
    expect(rows).toHaveLength(1);
  });

  it("treats an expired entry as a miss", async () => {
    const store = databaseResponseCache(database, tenantA);
    await store.set(key("e"), answer("stale"), new Date(Date.now() - 1000));
    expect(await store.get(key("e"))).toBeUndefined();
  });

  it("treats a row that no longer reads as an answer as a miss", async () => {
    await database.withPlatform((tx) =>
      tx.insert(schema.modelResponseCache).values({
        tenantId: tenantA,
        key: key("f"),
        model: "m",
        response: { kind: "unknown" },
        expiresAt: inAMinute(),
      }),
    );
    expect(await databaseResponseCache(database, tenantA).get(key("f"))).toBeUndefined();
  });

  it("rejects a key that is not a SHA-256 digest", async () => {
    const store = databaseResponseCache(database, tenantA);
    await expect(store.get("nope")).rejects.toBeInstanceOf(ResponseCacheInvalidError);
    await expect(store.set("nope", answer("x"), inAMinute())).rejects.toBeInstanceOf(
      ResponseCacheInvalidError,
    );
  });
});
