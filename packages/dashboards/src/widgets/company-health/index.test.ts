import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts, inlineValues } from "../../__fixtures__/compile-charts.ts";
import {
  type DemoCompany,
  loadWidgetData,
  openDemoCompany,
  platformRows,
} from "../../__fixtures__/demo-company.ts";
import type { CompanyHealthData } from "./company-health-data.ts";
import { healthScore } from "./health-score.ts";
import { companyHealthWidget } from "./index.ts";

let company: DemoCompany;
beforeAll(async () => {
  company = await openDemoCompany();
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

/** The windows DEMO_NOW (2025-05-14) gives each period, worked out by hand. */
const windows = {
  MTD: { current: ["2025-05-01", "2025-05-14"], previous: ["2025-04-01", "2025-04-14"] },
  QTD: { current: ["2025-04-01", "2025-05-14"], previous: ["2025-01-01", "2025-02-13"] },
  YTD: { current: ["2025-01-01", "2025-05-14"], previous: ["2024-01-01", "2024-05-13"] },
} as const;

/** Expected figures straight from kpi_daily, written apart from the widget's queries. */
async function expectedFigures(tenantId: string, [from, to]: readonly [string, string], projectIds: SQL) {
  const [flows] = await platformRows<{ revenue: number | null; margin: number | null; burn: number | null }>(
    company.database,
    sql`select round(sum(revenue), 2)::float8 as revenue, round(sum(revenue - cost), 2)::float8 as margin,
               round(sum(burn), 2)::float8 as burn
          from kpi_daily
         where tenant_id = ${tenantId} and day >= ${from}::date and day <= ${to}::date
           and project_id in (${projectIds})`,
  );
  const [snapshot] = await platformRows<{ arr: number | null; headcount: number | null }>(
    company.database,
    sql`select round(sum(arr), 2)::float8 as arr, sum(headcount)::int as headcount
          from kpi_daily
         where tenant_id = ${tenantId} and project_id in (${projectIds})
           and day = (select max(day) from kpi_daily
                       where tenant_id = ${tenantId} and day >= ${from}::date and day <= ${to}::date
                         and project_id in (${projectIds}))`,
  );
  return { ...flows, ...snapshot };
}

const allProjects = (tenantId: string) => sql`select id from projects where tenant_id = ${tenantId}`;
const metric = (data: CompanyHealthData, key: CompanyHealthData["metrics"][number]["key"]) =>
  data.metrics.find((entry) => entry.key === key);

describe("company-health widget", () => {
  it.each(["MTD", "QTD", "YTD"] as const)(
    "matches kpi_daily for Acme over %s and its previous window",
    async (period) => {
      const data = await loadWidgetData(company, companyHealthWidget, { period });
      expect(companyHealthWidget.dataSchema.parse(data)).toEqual(data);
      expect([data.window.from, data.window.to]).toEqual(windows[period].current);
      expect([data.previousWindow.from, data.previousWindow.to]).toEqual(windows[period].previous);

      const current = await expectedFigures(
        company.acmeId,
        windows[period].current,
        allProjects(company.acmeId),
      );
      const previous = await expectedFigures(
        company.acmeId,
        windows[period].previous,
        allProjects(company.acmeId),
      );
      expect(current.revenue).toBeGreaterThan(0);
      expect(metric(data, "revenue")?.value).toBeCloseTo(current.revenue ?? Number.NaN, 2);
      expect(metric(data, "revenue")?.previous).toBeCloseTo(previous.revenue ?? Number.NaN, 2);
      expect(metric(data, "revenue")?.change).toBeCloseTo(
        (current.revenue ?? 0) - (previous.revenue ?? 0),
        2,
      );
      const marginPercent = ((current.margin ?? 0) / (current.revenue ?? 1)) * 100;
      const previousMarginPercent = ((previous.margin ?? 0) / (previous.revenue ?? 1)) * 100;
      expect(metric(data, "grossMarginPercent")?.value).toBeCloseTo(marginPercent, 6);
      expect(metric(data, "grossMarginPercent")?.previous).toBeCloseTo(previousMarginPercent, 6);
      expect(metric(data, "arr")?.value).toBeCloseTo(current.arr ?? Number.NaN, 2);
      expect(metric(data, "arr")?.previous).toBeCloseTo(previous.arr ?? Number.NaN, 2);
      expect(metric(data, "arr")?.changePercent).toBeCloseTo(
        (((current.arr ?? 0) - (previous.arr ?? 0)) / (previous.arr ?? 1)) * 100,
        6,
      );
      expect(metric(data, "burn")?.value).toBeCloseTo(current.burn ?? Number.NaN, 2);
      expect(metric(data, "headcount")?.value).toBe(current.headcount);
      expect(metric(data, "headcount")?.previous).toBe(previous.headcount);
      expect(data.snapshotDays).toEqual({
        current: windows[period].current[1],
        previous: windows[period].previous[1],
      });

      const expectedScore = healthScore({
        arr: current.arr ?? null,
        previousArr: previous.arr ?? null,
        grossMarginPercent: marginPercent,
        revenue: current.revenue ?? null,
        burn: current.burn ?? null,
      });
      expect(data.healthScore.score).toBe(expectedScore.score);
      expect(data.healthScore.score).toBeGreaterThanOrEqual(0);
      expect(data.healthScore.score).toBeLessThanOrEqual(100);
      expect(data.healthScore.formula).toContain("0.40 × growth");
    },
  );

  it("splits revenue by unit and draws ARR for every day of the window", async () => {
    const data = await loadWidgetData(company, companyHealthWidget, { period: "QTD" });
    const byUnit = await platformRows<{ name: string; revenue: number }>(
      company.database,
      sql`select u.name, round(sum(k.revenue), 2)::float8 as revenue
            from business_units u, projects p, kpi_daily k
           where u.tenant_id = ${company.acmeId} and p.tenant_id = u.tenant_id and p.business_unit_id = u.id
             and k.tenant_id = u.tenant_id and k.project_id = p.id
             and k.day >= '2025-04-01' and k.day <= '2025-05-14'
           group by u.name`,
    );
    expect(data.revenueByUnit).toHaveLength(3);
    for (const unit of byUnit) {
      expect(data.revenueByUnit.find((entry) => entry.businessUnit === unit.name)?.revenue).toBeCloseTo(
        unit.revenue,
        2,
      );
    }
    expect(data.arrTrend).toHaveLength(44);
    expect(data.arrTrend.at(-1)?.arr).toBeCloseTo(metric(data, "arr")?.value ?? Number.NaN, 2);
  });

  it("narrows to a business unit and to a project", async () => {
    const unit = company.units[0];
    const project = company.projects.find((candidate) => candidate.businessUnitId === unit?.id);
    if (!unit || !project) throw new Error("the demo has no unit with a project");

    const unitData = await loadWidgetData(company, companyHealthWidget, { businessUnitId: unit.id });
    const unitExpected = await expectedFigures(
      company.acmeId,
      windows.QTD.current,
      sql`select id from projects where tenant_id = ${company.acmeId} and business_unit_id = ${unit.id}`,
    );
    expect(metric(unitData, "revenue")?.value).toBeCloseTo(unitExpected.revenue ?? Number.NaN, 2);
    expect(metric(unitData, "headcount")?.value).toBe(unitExpected.headcount);
    expect(unitData.revenueByUnit.map((entry) => entry.businessUnitId)).toEqual([unit.id]);

    const projectData = await loadWidgetData(company, companyHealthWidget, {
      businessUnitId: unit.id,
      projectId: project.id,
    });
    const projectExpected = await expectedFigures(
      company.acmeId,
      windows.QTD.current,
      sql`${project.id}::uuid`,
    );
    expect(metric(projectData, "revenue")?.value).toBeCloseTo(projectExpected.revenue ?? Number.NaN, 2);
    expect(metric(projectData, "arr")?.value).toBeCloseTo(projectExpected.arr ?? Number.NaN, 2);
    expect(metric(projectData, "revenue")?.value).toBeLessThan(metric(unitData, "revenue")?.value ?? 0);
  });

  it("is empty for a project of another unit and for Globex", async () => {
    const [unit, otherUnit] = company.units;
    const project = company.projects.find((candidate) => candidate.businessUnitId === otherUnit?.id);
    const mismatched = await loadWidgetData(company, companyHealthWidget, {
      businessUnitId: unit?.id,
      projectId: project?.id,
    });
    const globex = await loadWidgetData(company, companyHealthWidget, {}, company.globexId);
    for (const data of [mismatched, globex]) {
      expect(data.metrics.map((entry) => entry.value)).toEqual([null, null, null, null, null]);
      expect(data.healthScore.score).toBeNull();
      expect(data.revenueByUnit).toEqual([]);
      expect(data.arrTrend).toEqual([]);
    }
  });

  it("draws charts that vega-lite compiles, with the widget's rows inline", async () => {
    const data = await loadWidgetData(company, companyHealthWidget, { period: "YTD" });
    const charts = companyHealthWidget.chart?.(data) ?? [];
    expect(charts).toHaveLength(2);
    const compiled = compileCharts(charts);
    expect(compiled.marks.every((marks) => marks.length > 0)).toBe(true);
    expect(compiled.warnings).toEqual([]);
    expect(inlineValues(charts[0])).toEqual(data.arrTrend);
    expect(inlineValues(charts[1])).toEqual(data.revenueByUnit);
    const empty = await loadWidgetData(company, companyHealthWidget, {}, company.globexId);
    expect(compileCharts(companyHealthWidget.chart?.(empty) ?? []).marks).toHaveLength(2);
  });
});
