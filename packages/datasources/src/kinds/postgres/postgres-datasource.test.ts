import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSamplePostgres,
  LOCAL_POSTGRES,
  type SamplePostgres,
} from "../../__fixtures__/sample-postgres.ts";
import { guardSql } from "../../sql/guard-sql.ts";
import { introspectPostgres } from "./introspect-postgres.ts";
import { type PostgresConfig, postgresConfigSchema } from "./postgres-config.ts";
import { runPostgresQuery } from "./run-postgres-query.ts";
import { testPostgresConnection } from "./test-postgres-connection.ts";

let sample: SamplePostgres;
let reader: PostgresConfig;
const secret = { password: "reader-secret-8841" };

beforeAll(async () => {
  sample = await createSamplePostgres();
  reader = postgresConfigSchema.parse({
    host: LOCAL_POSTGRES.host,
    port: LOCAL_POSTGRES.port,
    database: sample.database,
    user: sample.readerRole,
    rowLimit: 1000,
  });
});
afterAll(async () => {
  await sample?.drop();
});

const run = async (config: PostgresConfig, sql: string) =>
  runPostgresQuery(config, secret, (await guardSql(sql)).sql);

describe("a PostgreSQL datasource against the local server", () => {
  it("answers a SELECT with its columns and rows, JSON-safe", async () => {
    const result = await run(
      reader,
      "SELECT r.name, count(*) AS sales, min(s.sold_on) AS first FROM sales s JOIN regions r ON r.id = s.region_id GROUP BY r.name ORDER BY r.name",
    );
    expect(result.columns).toEqual(["name", "sales", "first"]);
    expect(result.rows).toEqual([
      ["East", "500", expect.stringMatching(/^2026-01-0/)],
      ["North", "500", expect.any(String)],
      ["South", "500", expect.any(String)],
    ]);
    expect(result.truncated).toBe(false);
  });

  it("stops at the row limit and says the result was truncated", async () => {
    const result = await run(reader, "SELECT id FROM sales ORDER BY id");
    expect(result.rows).toHaveLength(1000);
    expect(result.rows.at(-1)).toEqual([1000]);
    expect(result.truncated).toBe(true);
    const small = await run({ ...reader, rowLimit: 1500 }, "SELECT id FROM sales");
    expect(small).toMatchObject({ truncated: false, rowLimit: 1500 });
    expect(small.rows).toHaveLength(1500);
  });

  it("keeps a trailing comment from escaping the row limit wrapper", async () => {
    const result = await run({ ...reader, rowLimit: 5 }, "SELECT id FROM sales -- all of them");
    expect(result.rows).toHaveLength(5);
    expect(result.truncated).toBe(true);
  });

  it("stops a query at the statement timeout", async () => {
    await expect(
      run({ ...reader, statementTimeoutMs: 200 }, "SELECT count(*) FROM generate_series(1, 1000000000)"),
    ).rejects.toMatchObject({ code: "PENNY_DATASOURCE_TIMEOUT", message: expect.stringContaining("200 ms") });
  });

  it("runs read-only even as a role that could write", async () => {
    const owner = { ...reader, user: "postgres" };
    // A write that slipped past the guard would still meet the read-only transaction.
    await expect(runPostgresQuery(owner, secret, "SELECT nextval('ticket_numbers')")).rejects.toMatchObject({
      code: "PENNY_DATASOURCE_QUERY_FAILED",
      message: expect.stringContaining("read-only transaction"),
    });
  });

  it("says the reader role is read-only and warns about a role that can write", async () => {
    const readOnly = await testPostgresConnection(reader, secret);
    expect(readOnly).toEqual({
      ok: true,
      readOnly: true,
      message: expect.stringContaining(`as ${sample.readerRole}, a read-only role`),
    });
    const superuser = await testPostgresConnection({ ...reader, user: "postgres" }, secret);
    expect(superuser.ok).toBe(true);
    expect(superuser.readOnly).toBe(false);
    expect(superuser.message).toContain("Warning: postgres is a superuser");
  });

  it("reports a server it cannot reach, and refuses link-local addresses before connecting", async () => {
    const unreachable = await testPostgresConnection({ ...reader, port: 1 }, secret);
    expect(unreachable.ok).toBe(false);
    expect(unreachable.message).toContain("Cannot connect to PostgreSQL at 127.0.0.1:1");
    await expect(run({ ...reader, host: "169.254.169.254" }, "SELECT 1")).rejects.toMatchObject({
      code: "PENNY_DATASOURCE_CONFIG_INVALID",
      message: expect.stringContaining("link-local"),
    });
  });

  it("reports an unknown column as the datasource's refusal", async () => {
    await expect(run(reader, "SELECT nope FROM sales")).rejects.toMatchObject({
      code: "PENNY_DATASOURCE_QUERY_FAILED",
      message: expect.stringContaining('column "nope" does not exist'),
    });
  });

  it("lists the tables and columns the role can see", async () => {
    const schema = await introspectPostgres(reader, secret);
    expect(schema.truncated).toBe(false);
    expect(schema.tables.map((table) => table.name)).toEqual(["regions", "sales"]);
    expect(schema.tables[1]?.columns).toEqual([
      { name: "id", type: "integer" },
      { name: "region_id", type: "integer" },
      { name: "amount", type: "numeric" },
      { name: "sold_on", type: "date" },
    ]);
  });
});
