import { verifyPassword } from "@penny/auth";
import { schema, type Tx } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCalendar } from "./calendar.ts";
import { type SeedDemoResult, seedDemo } from "./seed-demo.ts";

const companyTables = {
  businessUnits: schema.businessUnits,
  projects: schema.projects,
  kpiDaily: schema.kpiDaily,
  pipelineDaily: schema.pipelineDaily,
  incidents: schema.incidents,
  hiringDaily: schema.hiringDaily,
  milestones: schema.milestones,
};

/** Rows per company table, of one tenant when `tenantId` is given, else of whatever the transaction can see. */
async function companyCounts(tx: Tx, tenantId?: string): Promise<Record<keyof typeof companyTables, number>> {
  const entries = await Promise.all(
    Object.entries(companyTables).map(async ([name, table]) => [
      name,
      await tx.$count(table, tenantId ? eq(table.tenantId, tenantId) : undefined),
    ]),
  );
  return Object.fromEntries(entries);
}

/** Every membership as `tenant slug / email / role`, sorted. */
async function memberships(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ slug: schema.tenants.slug, email: schema.users.email, role: schema.memberships.role })
    .from(schema.memberships)
    .innerJoin(schema.tenants, eq(schema.tenants.id, schema.memberships.tenantId))
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId));
  return rows.map((row) => `${row.slug} / ${row.email} / ${row.role}`).sort();
}

const tenantId = (result: SeedDemoResult, slug: string) =>
  result.tenants.find((tenant) => tenant.slug === slug)?.id ?? "";

describe("seedDemo on an empty database", () => {
  const today = new Date("2024-03-31T00:00:00Z");
  const days = demoCalendar(today).length;
  let test: TestDatabase;
  let result: SeedDemoResult;

  beforeAll(async () => {
    test = await openTestDatabase();
    result = await seedDemo(test.database, { password: "demo-password", today });
  });

  afterAll(async () => {
    await test?.dispose();
  });

  it("creates Acme and Globex as demo tenants, each with a default workspace", async () => {
    expect(result.created).toBe(true);
    expect(result.tenants.map(({ slug, name }) => ({ slug, name }))).toEqual([
      { slug: "acme", name: "Acme Robotics" },
      { slug: "globex", name: "Globex Corporation" },
    ]);
    const { tenants, workspaces } = await test.database.withPlatform(async (tx) => ({
      tenants: await tx.select().from(schema.tenants),
      workspaces: await tx.select().from(schema.workspaces),
    }));
    expect(tenants).toHaveLength(2);
    expect(tenants.every((tenant) => tenant.isDemo && tenant.status === "active")).toBe(true);
    expect(workspaces).toHaveLength(2);
    expect(workspaces).toEqual(
      expect.arrayContaining(
        result.tenants.map((tenant) =>
          expect.objectContaining({ tenantId: tenant.id, slug: "general", name: "General", isDefault: true }),
        ),
      ),
    );
  });

  it("creates one user per role in Acme and an admin in Globex, all with the demo password", async () => {
    const { members, users } = await test.database.withPlatform(async (tx) => ({
      members: await memberships(tx),
      users: await tx.select().from(schema.users),
    }));
    expect(members).toEqual([
      "acme / admin@acme.test / admin",
      "acme / dev@acme.test / creator",
      "acme / maria@acme.test / manager",
      "acme / viewer@acme.test / viewer",
      "globex / admin@globex.test / admin",
    ]);
    expect(users).toHaveLength(5);
    expect(
      users.every(
        (user) =>
          user.status === "active" &&
          user.isPlatformAdmin === (user.email === "admin@acme.test") &&
          user.name.includes(" "),
      ),
    ).toBe(true);
    await expect(verifyPassword(users[0]?.passwordHash ?? "", "demo-password")).resolves.toBe(true);
    await expect(verifyPassword(users[0]?.passwordHash ?? "", "wrong")).resolves.toBe(false);
  });

  it("loads Acme's company: 12 projects in 3 units and a row per project and day", async () => {
    const acme = tenantId(result, "acme");
    const { counts, units } = await test.database.withTenant(acme, async (tx) => ({
      counts: await companyCounts(tx),
      units: await tx
        .select({ unit: schema.businessUnits.name, projects: sql<number>`count(${schema.projects.id})::int` })
        .from(schema.businessUnits)
        .innerJoin(schema.projects, eq(schema.projects.businessUnitId, schema.businessUnits.id))
        .groupBy(schema.businessUnits.name)
        .orderBy(schema.businessUnits.name),
    }));
    expect(units).toEqual([
      { unit: "Consumer", projects: 4 },
      { unit: "Industrial", projects: 4 },
      { unit: "Services", projects: 4 },
    ]);
    expect(counts).toMatchObject({
      businessUnits: 3,
      projects: 12,
      kpiDaily: 12 * days,
      pipelineDaily: 3 * 5 * days,
      hiringDaily: 3 * 5 * days,
    });
    expect(counts.incidents).toBeGreaterThan(10);
    expect(counts.milestones).toBeGreaterThanOrEqual(36);
  });

  it("stores figures that add up", async () => {
    const acme = tenantId(result, "acme");
    const problems = await test.database.withTenant(acme, async (tx) => ({
      margin: await tx.$count(
        schema.kpiDaily,
        sql`${schema.kpiDaily.grossMargin} <> ${schema.kpiDaily.revenue} - ${schema.kpiDaily.cost}`,
      ),
      closedBeforeOpened: await tx.$count(
        schema.incidents,
        sql`${schema.incidents.closedAt} <= ${schema.incidents.openedAt}`,
      ),
      outOfRange: await tx.$count(
        schema.kpiDaily,
        sql`${schema.kpiDaily.day} not between '2024-01-01' and '2024-03-31'`,
      ),
    }));
    expect(problems).toEqual({ margin: 0, closedBeforeOpened: 0, outOfRange: 0 });
  });

  it("gives Globex no company data, seen from Globex and from the platform", async () => {
    const globex = tenantId(result, "globex");
    const empty = {
      businessUnits: 0,
      projects: 0,
      kpiDaily: 0,
      pipelineDaily: 0,
      incidents: 0,
      hiringDaily: 0,
      milestones: 0,
    };
    await expect(test.database.withTenant(globex, (tx) => companyCounts(tx))).resolves.toEqual(empty);
    await expect(test.database.withPlatform((tx) => companyCounts(tx, globex))).resolves.toEqual(empty);
    const visible = await test.database.withTenant(globex, async (tx) => ({
      workspaces: await tx.$count(schema.workspaces),
      memberships: await tx.$count(schema.memberships),
    }));
    expect(visible).toEqual({ workspaces: 1, memberships: 1 });
  });

  it("changes nothing when run again", async () => {
    const snapshot = (tx: Tx) =>
      Promise.all([
        companyCounts(tx),
        tx.select().from(schema.tenants).orderBy(schema.tenants.slug),
        tx.select().from(schema.users).orderBy(schema.users.email),
        tx.$count(schema.memberships),
        tx.$count(schema.workspaces),
      ]);
    const before = await test.database.withPlatform(snapshot);
    const again = await seedDemo(test.database, {
      password: "another-password",
      today: new Date("2024-06-30T00:00:00Z"),
    });
    expect(again).toEqual({ created: false, tenants: result.tenants });
    await expect(test.database.withPlatform(snapshot)).resolves.toEqual(before);
  });
});

describe("seedDemo beside an existing tenant, started twice at once, up to today", () => {
  const today = new Date();
  let test: TestDatabase;
  let results: SeedDemoResult[];

  beforeAll(async () => {
    test = await openTestDatabase();
    // A real customer that happens to use a demo slug must not receive demo users.
    await test.database.withPlatform((tx) =>
      tx.insert(schema.tenants).values({ slug: "globex", name: "Globex (customer)" }),
    );
    results = await Promise.all([
      seedDemo(test.database, { password: "demo-password", today }),
      seedDemo(test.database, { password: "demo-password", today }),
    ]);
  });

  afterAll(async () => {
    await test?.dispose();
  });

  it("seeds once", async () => {
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
    expect(results[0]?.tenants).toEqual(results[1]?.tenants);
    await expect(test.database.withPlatform((tx) => tx.$count(schema.tenants))).resolves.toBe(2);
  });

  it("leaves the existing tenant alone", async () => {
    const { globex, members, users } = await test.database.withPlatform(async (tx) => ({
      globex: await tx.select().from(schema.tenants).where(eq(schema.tenants.slug, "globex")),
      members: await memberships(tx),
      users: await tx.$count(schema.users),
    }));
    expect(globex).toMatchObject([{ name: "Globex (customer)", isDemo: false }]);
    expect(members.filter((member) => member.startsWith("globex"))).toEqual([]);
    expect(users).toBe(4);
  });

  it("writes Acme's history up to today", async () => {
    const acme = tenantId(results[0] as SeedDemoResult, "acme");
    const days = demoCalendar(today);
    const { counts, lastDay } = await test.database.withTenant(acme, async (tx) => ({
      counts: await companyCounts(tx),
      lastDay: await tx.select({ day: sql<string>`max(${schema.kpiDaily.day})::text` }).from(schema.kpiDaily),
    }));
    expect(counts.kpiDaily).toBe(12 * days.length);
    expect(counts.pipelineDaily).toBe(15 * days.length);
    expect(lastDay).toEqual([{ day: days.at(-1)?.date }]);
  });
});
