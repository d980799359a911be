import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts, inlineValues } from "../../__fixtures__/compile-charts.ts";
import {
  type DemoCompany,
  loadWidgetData,
  openDemoCompany,
  platformRows,
} from "../../__fixtures__/demo-company.ts";
import { financeSnapshotWidget } from "./index.ts";

let company: DemoCompany;
beforeAll(async () => {
  company = await openDemoCompany();
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

interface ExpectedRow {
  key: string;
  revenue: number;
  cost: number;
}

/** Revenue and cost per month of 2025 up to DEMO_NOW (the YTD window), computed apart from the widget. */
const expectedMonths = (unitId?: string) =>
  platformRows<ExpectedRow>(
    company.database,
    sql`select extract(year from day)::int || '-' || lpad(extract(month from day)::int::text, 2, '0') as key,
               round(sum(revenue), 2)::float8 as revenue, round(sum(cost), 2)::float8 as cost
          from kpi_daily
         where tenant_id = ${company.acmeId} and day >= '2025-01-01' and day <= '2025-05-14'
           and (${unitId ?? null}::uuid is null or project_id in
                (select id from projects where tenant_id = ${company.acmeId} and business_unit_id = ${unitId ?? null}::uuid))
         group by 1 order by 1`,
  );

describe("finance-snapshot widget", () => {
  it("matches kpi_daily month by month over the year to date", async () => {
    const data = await loadWidgetData(company, financeSnapshotWidget, { period: "YTD" });
    expect(financeSnapshotWidget.dataSchema.parse(data)).toEqual(data);
    const expected = await expectedMonths();
    expect(data.months.map((month) => month.month)).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
    ]);
    expect(expected.map((row) => row.key)).toEqual(data.months.map((month) => month.month));
    expected.forEach((row, index) => {
      const month = data.months[index];
      expect(month?.revenue).toBeCloseTo(row.revenue, 2);
      expect(month?.cost).toBeCloseTo(row.cost, 2);
      expect(month?.grossMargin).toBeCloseTo(row.revenue - row.cost, 2);
      expect(month?.grossMarginPercent).toBeCloseTo(((row.revenue - row.cost) / row.revenue) * 100, 6);
    });
    const revenue = expected.reduce((total, row) => total + row.revenue, 0);
    expect(data.totals.revenue).toBeCloseTo(revenue, 2);
  });

  it("ranks the top five projects by revenue", async () => {
    const data = await loadWidgetData(company, financeSnapshotWidget, { period: "QTD" });
    const expected = await platformRows<{ name: string; unit: string; revenue: number }>(
      company.database,
      sql`select p.name, u.name as unit, sum(k.revenue)::float8 as revenue
            from projects p
            join business_units u on u.tenant_id = p.tenant_id and u.id = p.business_unit_id
            join kpi_daily k on k.tenant_id = p.tenant_id and k.project_id = p.id
           where p.tenant_id = ${company.acmeId} and k.day between '2025-04-01' and '2025-05-14'
           group by p.name, u.name order by 3 desc limit 5`,
    );
    expect(data.topProjects.map((project) => [project.project, project.businessUnit])).toEqual(
      expected.map((row) => [row.name, row.unit]),
    );
    data.topProjects.forEach((project, index) => {
      expect(project.revenue).toBeCloseTo(expected[index]?.revenue ?? Number.NaN, 2);
    });
  });

  it("narrows to a unit, to a project, and to nothing for a project of another unit or for Globex", async () => {
    const [unit, otherUnit] = company.units;
    const unitData = await loadWidgetData(company, financeSnapshotWidget, {
      period: "YTD",
      businessUnitId: unit?.id,
    });
    const expected = await expectedMonths(unit?.id);
    expect(unitData.months.map((month) => month.revenue)).toEqual(expected.map((row) => row.revenue));
    expect(new Set(unitData.topProjects.map((project) => project.businessUnitId))).toEqual(
      new Set([unit?.id]),
    );
    expect(unitData.topProjects).toHaveLength(4);

    const project = company.projects.find((candidate) => candidate.businessUnitId === unit?.id);
    const projectData = await loadWidgetData(company, financeSnapshotWidget, { projectId: project?.id });
    expect(projectData.topProjects.map((row) => row.projectId)).toEqual([project?.id]);
    expect(projectData.totals.revenue).toBeCloseTo(projectData.topProjects[0]?.revenue ?? Number.NaN, 2);

    const foreign = company.projects.find((candidate) => candidate.businessUnitId === otherUnit?.id);
    const mismatched = await loadWidgetData(company, financeSnapshotWidget, {
      businessUnitId: unit?.id,
      projectId: foreign?.id,
    });
    const globex = await loadWidgetData(company, financeSnapshotWidget, { period: "YTD" }, company.globexId);
    for (const data of [mismatched, globex]) {
      expect(data.months).toEqual([]);
      expect(data.topProjects).toEqual([]);
      expect(data.totals).toEqual({ revenue: 0, cost: 0, grossMargin: 0, grossMarginPercent: null });
    }
  });

  it("draws charts that vega-lite compiles, with the widget's rows inline", async () => {
    const data = await loadWidgetData(company, financeSnapshotWidget, { period: "YTD" });
    const charts = financeSnapshotWidget.chart?.(data) ?? [];
    const compiled = compileCharts(charts);
    expect(compiled.marks.map((marks) => marks.length > 0)).toEqual([true, true]);
    expect(compiled.warnings).toEqual([]);
    expect(inlineValues(charts[0])).toEqual(data.months);
    expect(inlineValues(charts[1])).toEqual(data.topProjects);
    const empty = await loadWidgetData(company, financeSnapshotWidget, {}, company.globexId);
    expect(compileCharts(financeSnapshotWidget.chart?.(empty) ?? []).marks).toHaveLength(2);
  });
});
