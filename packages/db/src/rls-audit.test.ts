import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRowLevelSecurity } from "./rls-audit.ts";
import { schemaTables } from "./schema-tables.ts";
import { openTestDatabase, readCatalogue, type TestDatabase } from "./testing/index.ts";

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
});
afterAll(async () => testDatabase?.dispose());

describe("row-level security guard", () => {
  it("finds no gap in the migrated schema", async () => {
    expect(await auditRowLevelSecurity(testDatabase.database)).toEqual([]);
  });

  it("every table declared in the schema exists in the database, and no other", async () => {
    const { columns } = await readCatalogue(testDatabase.database);
    const live = [...new Set(columns.map((column) => column.table))].sort();
    const declared = schemaTables();
    expect(live).toEqual([...declared.tenant, ...declared.platform].sort());
  });

  it("reports a tenant table whose security is not forced, not enabled, or has no isolating policy", async () => {
    const { database } = testDatabase;
    await database.withSession(async (db) => {
      await db.execute(sql`create table probe_not_forced (tenant_id uuid not null, note text)`);
      await db.execute(sql`alter table probe_not_forced enable row level security`);
      await db.execute(
        sql`create policy tenant_isolation on probe_not_forced to penny_app using (tenant_id = nullif(current_setting('penny.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('penny.tenant_id', true), '')::uuid)`,
      );
      await db.execute(sql`create table probe_no_rls (tenant_id uuid not null)`);
      await db.execute(sql`create table probe_no_policy (tenant_id uuid not null)`);
      await db.execute(sql`alter table probe_no_policy enable row level security`);
      await db.execute(sql`alter table probe_no_policy force row level security`);
      await db.execute(sql`create table probe_open_policy (tenant_id uuid not null)`);
      await db.execute(sql`alter table probe_open_policy enable row level security`);
      await db.execute(sql`alter table probe_open_policy force row level security`);
      await db.execute(
        sql`create policy tenant_isolation on probe_open_policy to penny_app using (tenant_id = nullif(current_setting('penny.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('penny.tenant_id', true), '')::uuid)`,
      );
      await db.execute(sql`create policy everything on probe_open_policy to penny_app using (true)`);
    });
    try {
      const gaps = await auditRowLevelSecurity(database);
      expect(gaps).toEqual(
        expect.arrayContaining([
          { table: "probe_not_forced", problem: "row-level security is not forced" },
          { table: "probe_no_rls", problem: "row-level security is not enabled" },
          { table: "probe_no_rls", problem: "row-level security is not forced" },
          {
            table: "probe_no_policy",
            problem:
              "has tenant_id but no penny_app policy filtering on penny.tenant_id for USING and WITH CHECK",
          },
          {
            table: "probe_open_policy",
            problem: "has a penny_app policy that does not filter on penny.tenant_id",
          },
        ]),
      );
      expect(gaps.every((gap) => gap.table.startsWith("probe_"))).toBe(true);
    } finally {
      await database.withSession(async (db) => {
        for (const name of ["probe_not_forced", "probe_no_rls", "probe_no_policy", "probe_open_policy"]) {
          await db.execute(sql`drop table ${sql.identifier(name)}`);
        }
      });
    }
  });
});
