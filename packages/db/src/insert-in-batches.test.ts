import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertInBatches } from "./insert-in-batches.ts";
import * as schema from "./schema/index.ts";
import { openTestDatabase, type TestDatabase } from "./testing/index.ts";

describe("insertInBatches", () => {
  let test: TestDatabase;
  let tenantId: string;
  let projectId: string;

  beforeAll(async () => {
    test = await openTestDatabase();
    await test.database.withPlatform(async (tx) => {
      // Non-SQL defaults (status, isDemo, settings) come from the column definitions.
      await insertInBatches(tx, schema.tenants, [{ slug: "batch", name: "Batch Ltd" }]);
      const [tenant] = await tx.select().from(schema.tenants).where(eq(schema.tenants.slug, "batch"));
      tenantId = tenant?.id ?? "";
      expect(tenant).toMatchObject({ status: "active", isDemo: false, settings: {} });
      const [unit] = await tx
        .insert(schema.businessUnits)
        .values({ tenantId, name: "Unit" })
        .returning({ id: schema.businessUnits.id });
      const [project] = await tx
        .insert(schema.projects)
        .values({ tenantId, businessUnitId: unit?.id ?? "", name: "Project", startedOn: "2024-01-01" })
        .returning({ id: schema.projects.id });
      projectId = project?.id ?? "";
    });
  });

  afterAll(async () => {
    await test?.dispose();
  });

  it("writes every row across batches exactly, with nulls and defaults", async () => {
    const rows = Array.from({ length: 7 }, (_, index) => ({
      tenantId,
      projectId,
      severity: "sev2" as const,
      title: `Incident ${index} "quoted" ünïcode`,
      openedAt: new Date(Date.UTC(2024, 0, index + 1, 9, 30)),
      closedAt: index % 2 === 0 ? null : new Date(Date.UTC(2024, 0, index + 1, 17)),
    }));
    const read = await test.database.withPlatform(async (tx) => {
      await insertInBatches(tx, schema.incidents, rows, { batchSize: 3 });
      return tx.select().from(schema.incidents).orderBy(schema.incidents.openedAt);
    });
    expect(read.map(({ id, createdAt, ...row }) => row)).toEqual(rows);
    expect(new Set(read.map((row) => row.id)).size).toBe(7);
    expect(read.every((row) => row.createdAt instanceof Date)).toBe(true);
  });

  it("keeps numeric and date columns exact", async () => {
    const row = {
      tenantId,
      projectId,
      day: "2024-02-29",
      revenue: 12_345_678.91,
      cost: 0.07,
      grossMargin: 12_345_678.84,
      bookings: 0,
      arr: 98_765_432.1,
      headcount: 42,
      burn: 1234.5,
    };
    const [read] = await test.database.withTenant(tenantId, async (tx) => {
      await insertInBatches(tx, schema.kpiDaily, [row]);
      return tx.select().from(schema.kpiDaily);
    });
    expect(read).toMatchObject(row);
  });

  it("is subject to row-level security like any insert", async () => {
    const other = "00000000-0000-4000-8000-000000000000";
    await expect(
      test.database.withTenant(other, (tx) =>
        insertInBatches(tx, schema.businessUnits, [{ tenantId, name: "Smuggled" }]),
      ),
    ).rejects.toThrow();
  });
});
