import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BlobStore, createFsBlobStore } from "@penny/artifacts";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenantWithWorkspace, storeUploadedFile } from "../../__fixtures__/uploaded-file.ts";
import type { DatasourceRuntime } from "../../datasource-runtime.ts";
import {
  describeDatasourceSchema,
  openDatasource,
  queryDatasource,
  testDatasource,
} from "../../open-datasource.ts";
import { prepareDatasource } from "../../prepare-datasource.ts";
import { findDatasource, insertDatasource, listDatasources } from "../../store/datasource-store.ts";
import { UploadTables } from "./upload-tables.ts";

const masterKey = Buffer.alloc(32, 7);
let test: TestDatabase;
let folder: string;
let blobStore: BlobStore;
let runtime: DatasourceRuntime;
let tenant: { tenantId: string; workspaceId: string };

const salesCsv = [
  "Region,Amount (€),Sold on,Paid,Note",
  "North,12.50,2026-01-03,true,first",
  "South,7,2026-01-04,false,",
  'East,100.25,2026-02-01,TRUE,"with, comma"',
  "North,3,2026-02-02,false,last",
].join("\n");

beforeAll(async () => {
  test = await openTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), "penny-ds-"));
  blobStore = createFsBlobStore(folder);
  runtime = { masterKey, blobStore, uploadTables: new UploadTables(2) };
  tenant = await createTenantWithWorkspace(test.database);
});
afterAll(async () => {
  await runtime?.uploadTables.close();
  await test?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function createUpload(name: string, file: { name: string; mime: string; bytes: Uint8Array }) {
  const fileId = await storeUploadedFile(test.database, blobStore, { ...tenant, ...file });
  return test.database.withTenant(tenant.tenantId, async (tx) => {
    const prepared = await prepareDatasource(tx, runtime, { kind: "upload", name, fileId });
    return insertDatasource(tx, masterKey, { tenantId: tenant.tenantId, userId: null, ...prepared });
  });
}

async function open(idOrName: string) {
  return test.database.withTenant(tenant.tenantId, async (tx) => {
    const view = await findDatasource(tx, idOrName);
    if (!view) throw new Error(`no datasource ${idOrName}`);
    return openDatasource(tx, runtime, { tenantId: tenant.tenantId, view });
  });
}

describe("an uploaded CSV/XLSX datasource", () => {
  it("becomes one typed table that a SELECT can aggregate", async () => {
    const view = await createUpload("Sales 2026", {
      name: "sales.csv",
      mime: "text/csv",
      bytes: new TextEncoder().encode(salesCsv),
    });
    expect(view.config).toMatchObject({
      table: "sales_2026",
      format: "csv",
      rowCount: 4,
      columns: [
        { name: "region", header: "Region", type: "text" },
        { name: "amount", header: "Amount (€)", type: "numeric" },
        { name: "sold_on", header: "Sold on", type: "date" },
        { name: "paid", header: "Paid", type: "boolean" },
        { name: "note", header: "Note", type: "text" },
      ],
    });
    const datasource = await open("Sales 2026");
    const result = await queryDatasource(
      datasource,
      runtime,
      "SELECT region, sum(amount) AS total, bool_or(paid) AS any_paid FROM sales_2026 GROUP BY region ORDER BY total DESC",
    );
    expect(result.columns).toEqual(["region", "total", "any_paid"]);
    expect(result.rows).toEqual([
      ["East", "100.25", true],
      ["North", "15.50", true],
      ["South", "7", false],
    ]);
    const dates = await queryDatasource(
      datasource,
      runtime,
      "SELECT max(sold_on) - min(sold_on) AS days, count(note) FROM sales_2026",
    );
    expect(dates.rows).toEqual([[30, 3]]);
  });

  it("applies the same guard, row limit and a timeout that really stops the query", async () => {
    const datasource = await open("Sales 2026");
    await expect(queryDatasource(datasource, runtime, "DELETE FROM sales_2026")).rejects.toMatchObject({
      code: "PENNY_DATASOURCE_SQL_REFUSED",
      message: "Only a single SELECT can run on a datasource; this is a DELETE.",
    });
    const limited = await queryDatasource(
      { ...datasource, config: { ...datasource.config, rowLimit: 2 } } as typeof datasource,
      runtime,
      "SELECT * FROM sales_2026",
    );
    expect(limited).toMatchObject({ truncated: true, rowLimit: 2 });
    expect(limited.rows).toHaveLength(2);
    const slow = {
      ...datasource,
      config: { ...datasource.config, statementTimeoutMs: 300 },
    } as typeof datasource;
    await expect(
      queryDatasource(
        slow,
        runtime,
        "SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000) b",
      ),
    ).rejects.toMatchObject({ code: "PENNY_DATASOURCE_TIMEOUT" });
    // The stopped table was dropped; the next query loads it again and answers.
    const again = await queryDatasource(datasource, runtime, "SELECT count(*) FROM sales_2026");
    expect(again.rows).toEqual([[4]]);
  });

  it("reads the first sheet of an XLSX, keeps at most two tables loaded, and describes its schema", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Stock");
    sheet.addRows([
      ["Item", "Count", "Checked"],
      ["bolts", 120, new Date(Date.UTC(2026, 2, 1))],
      ["nuts", 80, new Date(Date.UTC(2026, 2, 2))],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await createUpload("stock", {
      name: "stock.xlsx",
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes,
    });
    const stock = await open("stock");
    const result = await queryDatasource(
      stock,
      runtime,
      "SELECT item, count, checked FROM stock ORDER BY count",
    );
    expect(result.rows).toEqual([
      ["nuts", 80, "2026-03-02T00:00:00.000Z"],
      ["bolts", 120, "2026-03-01T00:00:00.000Z"],
    ]);
    expect(await describeDatasourceSchema(stock)).toEqual({
      truncated: false,
      tables: [
        {
          schema: "public",
          name: "stock",
          columns: [
            { name: "item", type: "text" },
            { name: "count", type: "integer" },
            { name: "checked", type: "date" },
          ],
        },
      ],
    });
    await createUpload("tiny", {
      name: "tiny.csv",
      mime: "text/csv",
      bytes: new TextEncoder().encode("a\n1\n"),
    });
    expect((await testDatasource(await open("tiny"), runtime)).message).toContain("answers with 1 rows");
    expect(runtime.uploadTables.size).toBe(2);
  });

  it("refuses a file that is not a table and stores nothing", async () => {
    await expect(
      createUpload("notes", {
        name: "notes.txt",
        mime: "text/plain",
        bytes: new TextEncoder().encode("hello"),
      }),
    ).rejects.toMatchObject({
      code: "PENNY_DATASOURCE_CONFIG_INVALID",
      message: expect.stringContaining("not a CSV or XLSX"),
    });
    await expect(
      createUpload("broken", {
        name: "broken.xlsx",
        mime: "text/csv",
        bytes: new Uint8Array([0x50, 0x4b, 1, 2]),
      }),
    ).rejects.toMatchObject({ code: "PENNY_DATASOURCE_CONFIG_INVALID" });
    const names = await test.database.withTenant(tenant.tenantId, async (tx) =>
      (await listDatasources(tx)).map((view) => view.name),
    );
    expect(names).toEqual(["Sales 2026", "stock", "tiny"]);
  });
});
