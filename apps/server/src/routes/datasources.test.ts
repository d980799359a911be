import { createSamplePostgres, LOCAL_POSTGRES, type SamplePostgres } from "@penny/datasources/testing";
import { schema } from "@penny/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

const READER_PASSWORD = "reader-secret-8841";
let testApp: TestApp;
let fixture: IdentityFixture;
let sample: SamplePostgres;
const bodies: string[] = [];

beforeAll(async () => {
  sample = await createSamplePostgres();
  testApp = await openTestApp();
  fixture = await createIdentityFixture(testApp.database, "dsrc");
  await testApp.app.ready();
});
afterAll(async () => {
  await testApp?.dispose();
  await sample?.drop();
});

async function as(
  who: "admin" | "manager" | "creator" | "viewer" | "otherAdmin",
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  payload?: object,
) {
  const response = await testApp.app.inject({
    method,
    url,
    headers: await sessionHeaders(testApp.app, fixture.users[who]),
    ...(payload === undefined ? {} : { payload }),
  });
  bodies.push(response.body);
  return response;
}

const postgresBody = (name: string, user = sample.readerRole) => ({
  kind: "postgres",
  name,
  config: { host: LOCAL_POSTGRES.host, port: LOCAL_POSTGRES.port, database: sample.database, user },
  password: READER_PASSWORD,
});

describe("/v1/datasources", () => {
  let salesId: string;

  it("lists the kinds, built and declared, and connects a PostgreSQL datasource without returning the password", async () => {
    const listed = await as("admin", "GET", "/v1/datasources");
    expect(listed.statusCode).toBe(200);
    expect(listed.json().datasources).toEqual([]);
    const kinds = listed
      .json()
      .kinds.map((kind: { kind: string; built: boolean }) => [kind.kind, kind.built]);
    expect(kinds).toEqual([
      ["postgres", true],
      ["upload", true],
      ["bigquery", false],
      ["snowflake", false],
      ["google_sheets", false],
      ["s3", false],
    ]);

    const created = await as("admin", "POST", "/v1/datasources", postgresBody("sales"));
    expect(created.statusCode, created.body).toBe(201);
    salesId = created.json().datasource.id;
    expect(created.json().datasource).toMatchObject({
      name: "sales",
      kind: "postgres",
      hasSecret: true,
      lastTestOk: null,
      config: { database: sample.database, rowLimit: 1000, statementTimeoutMs: 10000, sslmode: "disable" },
    });
  });

  it("tests the connection in words, records it, and browses the schema", async () => {
    const tested = await as("manager", "POST", `/v1/datasources/${salesId}/test`);
    expect(tested.statusCode).toBe(200);
    expect(tested.json().result).toEqual({
      ok: true,
      readOnly: true,
      message: expect.stringContaining(`as ${sample.readerRole}, a read-only role`),
    });
    const fetched = await as("admin", "GET", `/v1/datasources/${salesId}`);
    expect(fetched.json().datasource.lastTestOk).toBe(true);
    const schemaResponse = await as("admin", "GET", `/v1/datasources/${salesId}/schema`);
    expect(schemaResponse.statusCode).toBe(200);
    expect(schemaResponse.json().schema.tables.map((table: { name: string }) => table.name)).toEqual([
      "regions",
      "sales",
    ]);
  });

  it("runs a SELECT, refuses anything else before it reaches the datasource, and reports timeouts as 4xx", async () => {
    const answered = await as("admin", "POST", `/v1/datasources/${salesId}/query`, {
      sql: "SELECT name FROM regions ORDER BY id",
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toEqual({
      columns: ["name"],
      rows: [["North"], ["South"], ["East"]],
      truncated: false,
      rowLimit: 1000,
    });
    const refused = await as("admin", "POST", `/v1/datasources/${salesId}/query`, {
      sql: "UPDATE sales SET amount = 0",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: "PENNY_DATASOURCE_SQL_REFUSED",
      detail: "Only a single SELECT can run on a datasource; this is an UPDATE.",
    });
    const patched = await as("admin", "PATCH", `/v1/datasources/${salesId}`, {
      config: { rowLimit: 10, statementTimeoutMs: 200 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().datasource.config).toMatchObject({ rowLimit: 10, statementTimeoutMs: 200 });
    const truncated = await as("admin", "POST", `/v1/datasources/${salesId}/query`, {
      sql: "SELECT id FROM sales",
    });
    expect(truncated.json()).toMatchObject({ truncated: true, rowLimit: 10 });
    expect(truncated.json().rows).toHaveLength(10);
    const slow = await as("admin", "POST", `/v1/datasources/${salesId}/query`, {
      sql: "SELECT count(*) FROM generate_series(1, 1000000000)",
    });
    expect(slow.statusCode).toBe(422);
    expect(slow.json()).toMatchObject({ code: "PENNY_DATASOURCE_TIMEOUT" });
    const unknownColumn = await as("admin", "POST", `/v1/datasources/${salesId}/query`, {
      sql: "SELECT nope FROM sales",
    });
    expect(unknownColumn.statusCode).toBe(422);
    expect(unknownColumn.json().detail).toContain('column "nope" does not exist');
  });

  it("refuses bad input with a clear 4xx and stores nothing", async () => {
    const taken = await as("admin", "POST", "/v1/datasources", postgresBody("sales"));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toContain('"sales" already exists');
    const notBuilt = await as("admin", "POST", "/v1/datasources", { kind: "bigquery", name: "warehouse" });
    expect(notBuilt.statusCode).toBe(422);
    expect(notBuilt.json().detail).toContain("BigQuery datasources are not built yet");
    const metadata = await as("admin", "POST", "/v1/datasources", {
      ...postgresBody("metadata"),
      config: { host: "169.254.169.254", database: "x", user: "x" },
    });
    expect(metadata.statusCode).toBe(400);
    expect(metadata.json().detail).toContain("link-local");
    const badLimit = await as("admin", "POST", "/v1/datasources", {
      ...postgresBody("huge"),
      config: { ...postgresBody("huge").config, rowLimit: 50_000 },
    });
    expect(badLimit.statusCode).toBe(400);
    const missingFile = await as("admin", "POST", "/v1/datasources", {
      kind: "upload",
      name: "sheet",
      fileId: "00000000-0000-4000-8000-000000000000",
    });
    expect(missingFile.statusCode).toBe(400);
    expect(missingFile.json().detail).toContain("no uploaded file");
    const listed = await as("admin", "GET", "/v1/datasources");
    expect(listed.json().datasources.map((entry: { name: string }) => entry.name)).toEqual(["sales"]);
  });

  it("keeps datasources to their tenant and to managers", async () => {
    expect((await as("otherAdmin", "GET", `/v1/datasources/${salesId}`)).statusCode).toBe(404);
    expect(
      (await as("otherAdmin", "POST", `/v1/datasources/${salesId}/query`, { sql: "SELECT 1" })).statusCode,
    ).toBe(404);
    expect((await as("viewer", "GET", "/v1/datasources")).statusCode).toBe(403);
    expect(
      (await as("creator", "POST", `/v1/datasources/${salesId}/query`, { sql: "SELECT 1" })).statusCode,
    ).toBe(403);
  });

  it("turns an uploaded CSV into a table the API can query", async () => {
    const bytes = new TextEncoder().encode("city,visits\nLyon,12\nOslo,7\n");
    const { hash, size } = await testApp.app.blobStore.put(bytes);
    const fileId = await testApp.database.withPlatform(async (tx) => {
      const [workspace] = await tx
        .insert(schema.workspaces)
        .values({ tenantId: fixture.tenantA.id, slug: "files", name: "Files" })
        .returning();
      const [document] = await tx
        .insert(schema.documents)
        .values({
          tenantId: fixture.tenantA.id,
          workspaceId: workspace?.id ?? "",
          name: "visits.csv",
          mime: "text/csv",
          sizeBytes: size,
          contentHash: hash,
          blobKey: hash,
        })
        .returning();
      return document?.id ?? "";
    });
    const created = await as("admin", "POST", "/v1/datasources", { kind: "upload", name: "visits", fileId });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().datasource).toMatchObject({ kind: "upload", hasSecret: false });
    const answered = await as("admin", "POST", `/v1/datasources/${created.json().datasource.id}/query`, {
      sql: "SELECT city FROM visits WHERE visits > 10",
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().rows).toEqual([["Lyon"]]);
  });

  it("offers query_datasource: a table artifact, per-datasource grants, and the names a caller may use", async () => {
    const tool = testApp.app.tools.registry.get("query_datasource");
    if (!tool) throw new Error("query_datasource is not registered");
    const drafts: { kind: string; mime: string; title: string; content: string | Uint8Array }[] = [];
    const call = (who: "creator" | "manager", args: Record<string, unknown>) =>
      tool.execute(args, {
        tenantId: fixture.tenantA.id,
        userId: fixture.users[who].id,
        database: testApp.database,
        signal: new AbortController().signal,
        now: new Date(),
        createArtifact: async (draft) => {
          drafts.push(draft as (typeof drafts)[number]);
          return {
            id: `artifact-${drafts.length}`,
            version: 1,
            kind: draft.kind,
            title: draft.title,
            mime: draft.mime,
          };
        },
      });
    const result = await call("creator", {
      datasource: "sales",
      sql: "SELECT id, amount FROM sales ORDER BY id",
    });
    expect(result.summary).toBe("10 rows from sales (truncated at 10)");
    expect(result.data).toMatchObject({ columns: ["id", "amount"], rowCount: 10, truncated: true });
    expect((result.data as { rows: unknown[] }).rows[0]).toEqual({ id: 1, amount: "1.50" });
    expect(drafts[0]).toMatchObject({ kind: "table", mime: "text/csv" });
    expect(String(drafts[0]?.content).split("\r\n").slice(0, 2)).toEqual(["id,amount", "1,1.50"]);

    await expect(call("creator", { datasource: "sales", sql: "DELETE FROM sales" })).rejects.toMatchObject({
      code: "PENNY_TOOL_FAILED",
      message: "Only a single SELECT can run on a datasource; this is a DELETE.",
    });
    await expect(call("creator", { datasource: "crm", sql: "SELECT 1" })).rejects.toThrow(
      'There is no datasource called "crm". Datasources you may query: sales, visits.',
    );

    const denied = await as("admin", "PUT", "/v1/grants", {
      subjectType: "role",
      subjectId: "creator",
      resourceType: "datasource",
      resourceId: salesId,
      effect: "deny",
    });
    expect(denied.statusCode, denied.body).toBe(200);
    await expect(call("creator", { datasource: "sales", sql: "SELECT 1" })).rejects.toThrow(
      "an administrator's grant denies it to you",
    );
    await expect(call("creator", { datasource: "crm", sql: "SELECT 1" })).rejects.toThrow(
      "Datasources you may query: visits.",
    );
    // The deny names the creator role only; a manager still may.
    expect((await call("manager", { datasource: salesId, sql: "SELECT 1 AS one" })).summary).toBe(
      "1 row from sales",
    );

    // The model reads at most 20 rows; the artifact holds every row up to the limit.
    await as("admin", "PATCH", `/v1/datasources/${salesId}`, { config: { rowLimit: 50 } });
    const many = await call("manager", { datasource: "sales", sql: "SELECT id FROM sales ORDER BY id" });
    expect(many.summary).toBe("50 rows from sales (truncated at 50)");
    expect(many.data).toMatchObject({ rowCount: 50, note: expect.stringContaining("first 20 rows") });
    expect((many.data as { rows: unknown[] }).rows).toHaveLength(20);
    expect(String(drafts.at(-1)?.content).split("\r\n")).toHaveLength(51);
  });

  it("audits create, test, query (by the SQL's hash) and delete, and never lets the password out", async () => {
    const removed = await as("admin", "DELETE", `/v1/datasources/${salesId}`);
    expect(removed.statusCode).toBe(204);
    expect((await as("admin", "GET", `/v1/datasources/${salesId}`)).statusCode).toBe(404);
    const events = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      tx
        .select({ action: schema.auditEvents.action, data: schema.auditEvents.data })
        .from(schema.auditEvents),
    );
    const actions = events.map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "datasource.create",
        "datasource.test",
        "datasource.query",
        "datasource.delete",
      ]),
    );
    const query = events.find((event) => event.action === "datasource.query");
    expect(query?.data).toMatchObject({ sqlSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const credentials = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      tx.select({ kind: schema.credentials.kind }).from(schema.credentials),
    );
    expect(credentials.filter((row) => row.kind === "datasource_secret")).toEqual([]);
    for (const body of [...bodies, JSON.stringify(events)]) expect(body).not.toContain(READER_PASSWORD);
  });
});
