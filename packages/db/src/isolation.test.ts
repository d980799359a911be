import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Tx } from "./database.ts";
import { rootMessage } from "./errors.ts";
import { resultRows } from "./result-rows.ts";
import { schemaTables } from "./schema-tables.ts";
import {
  buildIsolationFixture,
  type IsolationFixture,
  openTestDatabase,
  type TestDatabase,
} from "./testing/index.ts";

/**
 * The isolation proof. For every tenant-scoped table in the schema, raw SQL running as the application role inside
 * tenant A's transaction (no service code in between) can neither see nor change tenant B's rows.
 */
const tenantTables = schemaTables().tenant;
let testDatabase: TestDatabase;
let database: Database;
let fixture: IsolationFixture;

beforeAll(async () => {
  testDatabase = await openTestDatabase();
  database = testDatabase.database;
  fixture = await buildIsolationFixture(database);
});
afterAll(async () => testDatabase?.dispose());

const table = (name: string) => sql.identifier(name);
const rows = async (tx: Tx, query: ReturnType<typeof sql>) => resultRows(await tx.execute(query));

async function rejection(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return rootMessage(error);
  }
  throw new Error("expected the statement to be rejected, but it succeeded");
}

/**
 * Rows a statement changed as tenant `tenantId`; 0 when the role may not run it at all (the audit log is
 * append-only, so UPDATE and DELETE are refused outright there).
 */
async function changedOrRefused(tenantId: string, query: () => ReturnType<typeof sql>): Promise<number> {
  try {
    return (await database.withTenant(tenantId, (tx) => rows(tx, query()))).length;
  } catch (error) {
    if (/permission denied/.test(rootMessage(error))) return 0;
    throw error;
  }
}

function withNewId(row: Record<string, unknown>, tenantId: string) {
  return { ...row, id: crypto.randomUUID(), tenant_id: tenantId };
}

async function insertAs(tx: Tx, name: string, values: Record<string, unknown>) {
  // Only the given columns: a generated column (chunks.search_vector) takes no value, not even null.
  const columns = sql.join(
    Object.keys(values).map((column) => sql.identifier(column)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${table(name)} (${columns}) select ${columns} from json_populate_record(null::${table(name)}, ${JSON.stringify(values)}::json)`,
  );
}

describe("tenant isolation", () => {
  it("covers every table the live database has with a tenant_id column", () => {
    expect(tenantTables.length).toBeGreaterThan(30);
    expect([...fixture.tables].sort()).toEqual(tenantTables);
  });

  describe.each(tenantTables)("%s", (name) => {
    it("shows tenant A only its own row", async () => {
      const seen = await database.withTenant(fixture.tenantA, (tx) =>
        rows(tx, sql`select tenant_id from ${table(name)}`),
      );
      expect(seen).toEqual([{ tenant_id: fixture.tenantA }]);
      const filtered = await database.withTenant(fixture.tenantA, (tx) =>
        rows(tx, sql`select 1 from ${table(name)} where tenant_id = ${fixture.tenantB}`),
      );
      expect(filtered).toHaveLength(0);
    });

    it("lets tenant A neither update nor delete B's rows", async () => {
      const updated = await changedOrRefused(
        fixture.tenantA,
        () =>
          sql`update ${table(name)} set tenant_id = tenant_id where tenant_id = ${fixture.tenantB} returning 1`,
      );
      const deleted = await changedOrRefused(
        fixture.tenantA,
        () => sql`delete from ${table(name)} where tenant_id = ${fixture.tenantB} returning 1`,
      );
      expect(updated).toBe(0);
      expect(deleted).toBe(0);
      const stillThere = await database.withPlatform((tx) =>
        rows(tx, sql`select 1 from ${table(name)} where tenant_id = ${fixture.tenantB}`),
      );
      expect(stillThere).toHaveLength(1);
    });

    it("rejects an insert with B's tenant_id from tenant A", async () => {
      const bRow = fixture.rows[name]?.b ?? {};
      const message = await rejection(() =>
        database.withTenant(fixture.tenantA, (tx) => insertAs(tx, name, withNewId(bRow, fixture.tenantB))),
      );
      expect(message).toMatch(/row-level security/);
    });

    it("rejects moving A's row to tenant B", async () => {
      const message = await rejection(() =>
        database.withTenant(fixture.tenantA, (tx) =>
          tx.execute(
            sql`update ${table(name)} set tenant_id = ${fixture.tenantB} where tenant_id = ${fixture.tenantA}`,
          ),
        ),
      );
      expect(message).toMatch(/row-level security|permission denied/);
    });

    it("reads empty and refuses writes when no tenant is set", async () => {
      const seen = await database.scoped({ role: "penny_app", tenantId: null }, (tx) =>
        rows(tx, sql`select 1 from ${table(name)}`),
      );
      expect(seen).toHaveLength(0);
      const aRow = fixture.rows[name]?.a ?? {};
      const message = await rejection(() =>
        database.scoped({ role: "penny_app", tenantId: null }, (tx) =>
          insertAs(tx, name, withNewId(aRow, fixture.tenantA)),
        ),
      );
      expect(message).toMatch(/row-level security/);
    });
  });
});

describe("platform tables seen from a tenant", () => {
  it("tenants: a tenant reads only its own tenant row", async () => {
    const seen = await database.withTenant(fixture.tenantA, (tx) => rows(tx, sql`select id from tenants`));
    expect(seen).toEqual([{ id: fixture.tenantA }]);
  });

  it("users: a tenant sees only users who are its members", async () => {
    await database.withPlatform(async (tx) => {
      await tx.execute(
        sql`insert into memberships (tenant_id, user_id, role) values (${fixture.tenantA}, ${fixture.users.a}, 'viewer'), (${fixture.tenantB}, ${fixture.users.b}, 'viewer') on conflict do nothing`,
      );
    });
    const seen = await database.withTenant(fixture.tenantA, (tx) => rows(tx, sql`select id from users`));
    expect(seen).toEqual([{ id: fixture.users.a }]);
    const none = await database.scoped({ role: "penny_app", tenantId: null }, (tx) =>
      rows(tx, sql`select id from users`),
    );
    expect(none).toHaveLength(0);
  });

  it("users and tenants cannot be changed by the application role", async () => {
    const updated = await database.withTenant(fixture.tenantA, async (tx) => [
      ...(await rows(tx, sql`update users set name = 'x' returning 1`)),
      ...(await rows(tx, sql`update tenants set name = 'x' returning 1`)),
    ]);
    expect(updated).toHaveLength(0);
  });

  it("sessions are invisible to the application role", async () => {
    await database.withPlatform((tx) =>
      tx.execute(
        sql`insert into sessions (user_id, token_hash, expires_at) values (${fixture.users.a}, ${crypto.randomUUID()}, now() + interval '1 day')`,
      ),
    );
    const seen = await database.withTenant(fixture.tenantA, (tx) => rows(tx, sql`select 1 from sessions`));
    expect(seen).toHaveLength(0);
  });

  it("the plugin catalogue is readable but not writable by tenants", async () => {
    const seen = await database.withTenant(fixture.tenantA, (tx) => rows(tx, sql`select 1 from plugins`));
    expect(seen.length).toBeGreaterThan(0);
    const message = await rejection(() =>
      database.withTenant(fixture.tenantA, (tx) =>
        tx.execute(
          sql`insert into plugins (name, version, publisher, manifest) values ('evil', '1', 'x', '{}')`,
        ),
      ),
    );
    expect(message).toMatch(/row-level security/);
  });

  it("withTenant refuses a tenant id that is not a UUID", async () => {
    await expect(database.withTenant("acme' or 1=1", async () => 1)).rejects.toThrow(/not a tenant id/);
  });

  it("the role and tenant settings end with the transaction", async () => {
    await database.withTenant(fixture.tenantA, async () => {});
    const after = await database.withSession(async (db) =>
      resultRows(
        await db.execute(
          sql`select current_user as role, current_setting('penny.tenant_id', true) as tenant`,
        ),
      ),
    );
    expect(after[0]?.role).not.toBe("penny_app");
    expect(after[0]?.tenant ?? "").toBe("");
  });
});
