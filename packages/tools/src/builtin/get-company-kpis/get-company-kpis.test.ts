import { resultRows, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArtifactRecorder } from "../../__fixtures__/artifact-recorder.ts";
import { type DemoTenantFixture, seedDemoTenants } from "../../__fixtures__/demo-tenant.ts";
import { vegaLiteProblems } from "../../__fixtures__/vega-lite-validator.ts";
import { ToolArgumentsError } from "../../errors/tool-arguments-error.ts";
import { ToolRegistry } from "../../registry.ts";
import type { ToolCaller } from "../../tool-caller.ts";
import { createToolRouter, type ToolRouter } from "../../tool-router.ts";
import { builtinTools } from "../index.ts";

const seededUntil = new Date("2025-08-14T00:00:00Z");
const now = new Date("2025-08-14T15:00:00Z");

let test: TestDatabase;
let demo: DemoTenantFixture;
let router: ToolRouter;
let industrialId: string;
let atlasId: string;
let globexProjectId: string;

interface KpiData {
  name: string;
  from: string;
  to: string;
  previous: { from: string; to: string };
  kpis: Record<string, { value: number; previous: number; delta: number; deltaPercent: number | null }>;
  series: { day: string; revenue: number; cost: number; grossMargin: number }[];
}

/** Calls the tool the way the chat run will: authorize as the caller, then execute. */
async function runKpis(args: Record<string, unknown>, options: { at?: Date; caller?: ToolCaller } = {}) {
  const caller = options.caller ?? demo.callers.admin;
  const call = await router.authorize({ caller, name: "get_company_kpis", arguments: args });
  const recorder = createArtifactRecorder();
  const execution = await router.execute(call, {
    tenantId: caller.tenantId,
    userId: caller.userId,
    database: test.database,
    now: options.at ?? now,
    createArtifact: recorder.createArtifact,
  });
  return { execution, data: execution.result?.data as KpiData, recorder };
}

/**
 * The expected figures, from a plain query written for the test: sums over the window, ARR and head count summed
 * over the window's last day, for one tenant and optionally one unit or project.
 */
async function expectedFigures(options: {
  tenantId: string;
  unit: string;
  id?: string;
  from: string;
  to: string;
}) {
  const scope =
    options.unit === "bu"
      ? sql`and p.business_unit_id = ${options.id}`
      : options.unit === "project"
        ? sql`and k.project_id = ${options.id}`
        : sql``;
  const rows = await test.database.withPlatform(async (tx) =>
    resultRows<Record<string, string | null>>(
      await tx.execute(sql`
        select sum(k.revenue)::text as revenue, sum(k.cost)::text as cost, sum(k.gross_margin)::text as "grossMargin",
               sum(k.bookings)::text as bookings, sum(k.burn)::text as burn,
               sum(k.arr) filter (where k.day = ${options.to})::text as arr,
               sum(k.headcount) filter (where k.day = ${options.to})::text as headcount
          from kpi_daily k
          join projects p on p.tenant_id = k.tenant_id and p.id = k.project_id
         where k.tenant_id = ${options.tenantId} and k.day >= ${options.from} and k.day <= ${options.to} ${scope}`),
    ),
  );
  const row = rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value ?? 0)]));
}

beforeAll(async () => {
  test = await openTestDatabase();
  demo = await seedDemoTenants(test.database, seededUntil);
  router = createToolRouter({ registry: new ToolRegistry(builtinTools), database: test.database });
  const ids = await test.database.withPlatform(async (tx) => ({
    unit: await tx
      .select({ id: schema.businessUnits.id })
      .from(schema.businessUnits)
      .where(eq(schema.businessUnits.name, "Industrial")),
    project: await tx
      .select({ id: schema.projects.id })
      .from(schema.projects)
      .where(eq(schema.projects.name, "Atlas")),
  }));
  industrialId = ids.unit[0]?.id ?? "";
  atlasId = ids.project[0]?.id ?? "";

  // Globex gets a project of its own, with figures on days Acme also has, to prove neither sees the other's.
  globexProjectId = await test.database.withTenant(demo.globexId, async (tx) => {
    const [unit] = await tx
      .insert(schema.businessUnits)
      .values({ tenantId: demo.globexId, name: "Globex Energy" })
      .returning();
    const [project] = await tx
      .insert(schema.projects)
      .values({
        tenantId: demo.globexId,
        businessUnitId: unit?.id ?? "",
        name: "Reactor",
        startedOn: "2025-01-01",
      })
      .returning();
    const figures = { bookings: 0, arr: 4_000_000, headcount: 12, burn: 100 };
    await tx.insert(schema.kpiDaily).values([
      {
        tenantId: demo.globexId,
        projectId: project?.id ?? "",
        day: "2025-08-10",
        revenue: 1234.56,
        cost: 200,
        grossMargin: 1034.56,
        ...figures,
      },
      {
        tenantId: demo.globexId,
        projectId: project?.id ?? "",
        day: "2025-08-11",
        revenue: 1000,
        cost: 100,
        grossMargin: 900,
        ...figures,
      },
    ]);
    return project?.id ?? "";
  });
});

afterAll(async () => {
  await test?.dispose();
});

const kpiNames = ["revenue", "cost", "grossMargin", "bookings", "burn", "arr", "headcount"] as const;
const windows = {
  MTD: { from: "2025-08-01", to: "2025-08-14", previous: { from: "2025-07-01", to: "2025-07-14" } },
  QTD: { from: "2025-07-01", to: "2025-08-14", previous: { from: "2025-04-01", to: "2025-05-15" } },
  YTD: { from: "2025-01-01", to: "2025-08-14", previous: { from: "2024-01-01", to: "2024-08-13" } },
} as const;

describe("get_company_kpis figures", () => {
  for (const period of ["MTD", "QTD", "YTD"] as const) {
    for (const unit of ["company", "bu", "project"] as const) {
      it(`${period} for ${unit === "company" ? "the company" : unit === "bu" ? "a business unit" : "a project"} equal a plain SQL sum`, async () => {
        const id = unit === "bu" ? industrialId : unit === "project" ? atlasId : undefined;
        const { execution, data } = await runKpis({ period, unit, ...(id ? { id } : {}) });
        expect(execution.outcome, execution.error).toBe("succeeded");

        const window = windows[period];
        expect({ from: data.from, to: data.to, previous: data.previous }).toEqual(window);
        expect(data.name).toBe(unit === "company" ? "Acme Robotics" : unit === "bu" ? "Industrial" : "Atlas");

        const current = await expectedFigures({
          tenantId: demo.acmeId,
          unit,
          id,
          from: window.from,
          to: window.to,
        });
        const previous = await expectedFigures({ tenantId: demo.acmeId, unit, id, ...window.previous });
        expect(current.revenue).toBeGreaterThan(0);
        expect(previous.revenue).toBeGreaterThan(0);
        for (const kpi of kpiNames) {
          expect(data.kpis[kpi]?.value, kpi).toBe(current[kpi]);
          expect(data.kpis[kpi]?.previous, kpi).toBe(previous[kpi]);
          expect(data.kpis[kpi]?.delta, kpi).toBeCloseTo((current[kpi] ?? 0) - (previous[kpi] ?? 0), 2);
        }
        const revenue = data.kpis.revenue;
        const percent = (((current.revenue ?? 0) - (previous.revenue ?? 0)) / (previous.revenue ?? 1)) * 100;
        expect(Math.abs((revenue?.deltaPercent ?? Number.NaN) - percent)).toBeLessThanOrEqual(0.05 + 1e-9);

        // One series point per day of the window, adding up to the total.
        const dayCount = (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000 + 1;
        expect(data.series).toHaveLength(dayCount);
        expect(data.series[0]?.day).toBe(window.from);
        expect(data.series.at(-1)?.day).toBe(window.to);
        expect(data.series.reduce((sum, day) => sum + day.revenue, 0)).toBeCloseTo(current.revenue ?? 0, 2);
        expect(data.series.reduce((sum, day) => sum + day.grossMargin, 0)).toBeCloseTo(
          current.grossMargin ?? 0,
          2,
        );
      });
    }
  }

  it("at a month boundary compares March 31 with all of February", async () => {
    const { execution, data } = await runKpis(
      { period: "MTD", unit: "company" },
      { at: new Date("2025-03-31T08:00:00Z") },
    );
    expect(execution.outcome).toBe("succeeded");
    expect(data.previous).toEqual({ from: "2025-02-01", to: "2025-02-28" });
    const previous = await expectedFigures({
      tenantId: demo.acmeId,
      unit: "company",
      from: "2025-02-01",
      to: "2025-02-28",
    });
    expect(data.kpis.revenue?.previous).toBe(previous.revenue);
    expect(data.kpis.arr?.previous).toBe(previous.arr);
  });

  it("on the first day of a year compares with the first day of the year before", async () => {
    const { data } = await runKpis(
      { period: "YTD", unit: "bu", id: industrialId },
      { at: new Date("2025-01-01T00:00:00Z") },
    );
    expect({ from: data.from, to: data.to, previous: data.previous }).toEqual({
      from: "2025-01-01",
      to: "2025-01-01",
      previous: { from: "2024-01-01", to: "2024-01-01" },
    });
    const current = await expectedFigures({
      tenantId: demo.acmeId,
      unit: "bu",
      id: industrialId,
      from: "2025-01-01",
      to: "2025-01-01",
    });
    const previous = await expectedFigures({
      tenantId: demo.acmeId,
      unit: "bu",
      id: industrialId,
      from: "2024-01-01",
      to: "2024-01-01",
    });
    expect(data.kpis.revenue?.value).toBe(current.revenue);
    expect(data.kpis.revenue?.previous).toBe(previous.revenue);
    expect(data.series).toHaveLength(1);
  });
});

describe("get_company_kpis result", () => {
  it("summarises revenue and draws the daily revenue as a valid Vega-Lite line chart artifact", async () => {
    const { execution, data, recorder } = await runKpis({ period: "QTD", unit: "company" });
    const revenue = data.kpis.revenue;
    const summary = execution.result?.summary ?? "";
    const percent = revenue?.deltaPercent ?? 0;
    expect(summary.startsWith("Revenue QTD (2025-07-01 → 2025-08-14) for Acme Robotics: ")).toBe(true);
    expect(
      summary.endsWith(`, ${percent >= 0 ? "+" : ""}${percent.toFixed(1)}% vs the previous period.`),
    ).toBe(true);
    // The compact amount ("12.3M") reads back as the revenue to within its one decimal.
    const amount = /: ([0-9.]+)([KMB]?), /.exec(summary);
    const scale = { "": 1, K: 1e3, M: 1e6, B: 1e9 }[(amount?.[2] ?? "") as "" | "K" | "M" | "B"];
    expect(Math.abs(Number(amount?.[1]) * scale - (revenue?.value ?? 0))).toBeLessThanOrEqual(0.05 * scale);

    expect(recorder.drafts).toHaveLength(1);
    const draft = recorder.drafts[0];
    expect(draft).toMatchObject({ kind: "chart", mime: "application/vnd.vegalite+json" });
    expect(execution.result?.artifacts).toEqual(recorder.references);
    const spec = JSON.parse(String(draft?.content));
    expect(vegaLiteProblems(spec)).toEqual([]);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.mark.type).toBe("line");
    expect(spec.encoding.x).toMatchObject({ field: "day", type: "temporal" });
    expect(spec.encoding.y).toMatchObject({ field: "revenue", type: "quantitative" });
    expect(spec.data.values).toEqual(data.series.map((day) => ({ day: day.day, revenue: day.revenue })));
  });

  it("an id that is not the tenant's unit or project is a clear failure, not an empty answer", async () => {
    const missing = "7b0c3a52-2f4e-4c55-9d1e-3a8f6f1c2b90";
    const unknownUnit = await runKpis({ period: "MTD", unit: "bu", id: missing });
    expect(unknownUnit.execution).toMatchObject({
      outcome: "failed",
      error: `There is no business unit with id ${missing}.`,
      errorCode: "PENNY_TOOL_FAILED",
    });
    // A business unit's id is not a project's.
    const wrongKind = await runKpis({ period: "MTD", unit: "project", id: industrialId });
    expect(wrongKind.execution.error).toBe(`There is no project with id ${industrialId}.`);
    expect(wrongKind.recorder.drafts).toEqual([]);
  });

  it("tenant isolation: Acme asking for Globex's project finds nothing; Globex sees only its own figures", async () => {
    const fromAcme = await runKpis({ period: "MTD", unit: "project", id: globexProjectId });
    expect(fromAcme.execution).toMatchObject({
      outcome: "failed",
      error: `There is no project with id ${globexProjectId}.`,
    });

    const globexAdmin: ToolCaller = { ...demo.callers.admin, tenantId: demo.globexId, userId: null };
    const fromGlobex = await runKpis({ period: "MTD", unit: "company" }, { caller: globexAdmin });
    expect(fromGlobex.execution.outcome).toBe("succeeded");
    expect(fromGlobex.data.name).toBe("Globex Corporation");
    expect(fromGlobex.data.kpis.revenue?.value).toBe(2234.56);
    expect(fromGlobex.data.kpis.arr?.value).toBe(4_000_000);
    expect(fromGlobex.data.series.map((day) => day.day)).toEqual(["2025-08-10", "2025-08-11"]);
  });

  it("argument errors name the path and the rule", async () => {
    const authorize = (args: Record<string, unknown>) =>
      router
        .authorize({ caller: demo.callers.admin, name: "get_company_kpis", arguments: args })
        .catch((error) => error);
    const cases: [Record<string, unknown>, string][] = [
      [{ period: "WTD", unit: "company" }, "/period must be one of MTD, QTD, YTD"],
      [{ period: "MTD", unit: "bu" }, "/id is required when unit is bu or project"],
      [{ period: "MTD", unit: "project", id: "Atlas" }, "/id must be a valid uuid"],
      [{ period: "MTD", unit: "team" }, "/unit must be one of company, bu, project"],
      [{ unit: "company" }, "/period is required"],
      [{ period: "MTD", unit: "company", currency: "EUR" }, "/currency is not allowed"],
      [{ period: 3, unit: "company" }, "/period must be a string"],
    ];
    for (const [args, message] of cases) {
      const error = await authorize(args);
      expect(error, JSON.stringify(args)).toBeInstanceOf(ToolArgumentsError);
      expect(error.message).toContain(message);
    }
  });
});
