import { loadConfig } from "@penny/config";
import { resultRows, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { captureLogs } from "./__fixtures__/log-capture.ts";
import { IsolationGapError } from "./isolation-gap-error.ts";
import { afterMigrate } from "./start-hooks.ts";

let testDatabase: TestDatabase;
beforeEach(async () => {
  testDatabase = await openTestDatabase();
});
afterEach(async () => testDatabase?.dispose());

const tenantSlugs = async () =>
  (
    await testDatabase.database.withPlatform((tx) =>
      tx.select({ slug: schema.tenants.slug }).from(schema.tenants),
    )
  )
    .map((row) => row.slug)
    .sort();

describe("afterMigrate", () => {
  it("seeds the demo tenants once, warning that the password is a demo one", async () => {
    const config = loadConfig({ PENNY_DEMO: "true", PENNY_DEMO_PASSWORD: "demo-pass-123" });
    const logs = captureLogs();
    await afterMigrate(config, testDatabase.database, logs.logger);
    expect(await tenantSlugs()).toEqual(["acme", "globex"]);
    expect(logs.text()).toContain("demo-pass-123");
    expect(logs.text()).toMatch(/DEMO password/);

    const again = captureLogs();
    await afterMigrate(config, testDatabase.database, again.logger);
    expect(await tenantSlugs()).toEqual(["acme", "globex"]);
    expect(again.text()).not.toContain("demo-pass-123");
  });

  it("creates no demo data when the configuration does not ask for it", async () => {
    await afterMigrate(loadConfig({ PENNY_DEMO: "false" }), testDatabase.database, captureLogs().logger);
    expect(await tenantSlugs()).toEqual([]);
  });

  it("refuses to serve from a database whose tenant isolation is incomplete", async () => {
    await testDatabase.database.withSession((db) =>
      db.execute(sql`alter table messages no force row level security`),
    );
    const failure = await afterMigrate(
      loadConfig({ PENNY_DEMO: "false" }),
      testDatabase.database,
      captureLogs().logger,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IsolationGapError);
    expect((failure as IsolationGapError).message).toMatch(/table messages row-level security is not forced/);
    const count = await testDatabase.database.withPlatform(async (tx) =>
      resultRows<{ n: number }>(await tx.execute(sql`select count(*)::int as n from tenants`)),
    );
    expect(count[0]?.n).toBe(0);
  });
});
