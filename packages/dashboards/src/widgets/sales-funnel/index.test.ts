import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts, inlineValues } from "../../__fixtures__/compile-charts.ts";
import {
  type DemoCompany,
  loadWidgetData,
  openDemoCompany,
  platformRows,
} from "../../__fixtures__/demo-company.ts";
import { salesFunnelWidget } from "./index.ts";

let company: DemoCompany;
beforeAll(async () => {
  company = await openDemoCompany();
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

const stageOrder = ["lead", "qualified", "proposal", "negotiation", "won"];

/** Deals and amount per stage on one day, summed over the given units, straight from pipeline_daily. */
async function expectedStages(day: string, unitIds: string[]) {
  const rows = await platformRows<{ stage: string; deals: number; amount: number }>(
    company.database,
    sql`select stage, sum(deals)::int as deals, sum(amount)::float8 as amount
          from pipeline_daily
         where tenant_id = ${company.acmeId} and day = ${day}::date
           and business_unit_id in (select unnest(${`{${unitIds.join(",")}}`}::uuid[]))
         group by stage`,
  );
  return stageOrder.map((stage) => rows.find((row) => row.stage === stage) ?? { stage, deals: 0, amount: 0 });
}

describe("sales-funnel widget", () => {
  it("shows every stage on the window's last day with stage-to-stage conversion", async () => {
    const data = await loadWidgetData(company, salesFunnelWidget, { period: "MTD" });
    expect(salesFunnelWidget.dataSchema.parse(data)).toEqual(data);
    expect(data.day).toBe("2025-05-14");
    const expected = await expectedStages(
      "2025-05-14",
      company.units.map((unit) => unit.id),
    );
    expect(data.stages.map((stage) => [stage.stage, stage.deals])).toEqual(
      expected.map((row) => [row.stage, row.deals]),
    );
    data.stages.forEach((stage, index) => {
      expect(stage.amount).toBeCloseTo(expected[index]?.amount ?? Number.NaN, 2);
    });
    expect(expected[0]?.deals).toBeGreaterThan(0);
    expect(data.conversions.map((conversion) => `${conversion.from}→${conversion.to}`)).toEqual([
      "lead→qualified",
      "qualified→proposal",
      "proposal→negotiation",
      "negotiation→won",
    ]);
    data.conversions.forEach((conversion, index) => {
      expect(conversion.rate).toBeCloseTo(
        (expected[index + 1]?.deals ?? 0) / (expected[index]?.deals ?? 1),
        10,
      );
    });
    const open = expected.slice(0, 4);
    expect(data.totals.openDeals).toBe(open.reduce((total, row) => total + row.deals, 0));
    expect(data.totals.wonDeals).toBe(expected[4]?.deals);
    expect(data.byUnit).toHaveLength(15);
  });

  it("narrows to a unit, and a project to its own unit's pipeline", async () => {
    const [unit, otherUnit] = company.units;
    if (!unit || !otherUnit) throw new Error("the demo has fewer than two units");
    const expected = await expectedStages("2025-05-14", [unit.id]);
    const unitData = await loadWidgetData(company, salesFunnelWidget, { businessUnitId: unit.id });
    expect(unitData.stages.map((stage) => stage.deals)).toEqual(expected.map((row) => row.deals));
    expect(new Set(unitData.byUnit.map((row) => row.businessUnit))).toEqual(new Set([unit.name]));

    const project = company.projects.find((candidate) => candidate.businessUnitId === unit.id);
    const projectData = await loadWidgetData(company, salesFunnelWidget, { projectId: project?.id });
    expect(projectData.stages).toEqual(unitData.stages);

    const foreign = company.projects.find((candidate) => candidate.businessUnitId === otherUnit.id);
    const mismatched = await loadWidgetData(company, salesFunnelWidget, {
      businessUnitId: unit.id,
      projectId: foreign?.id,
    });
    const globex = await loadWidgetData(company, salesFunnelWidget, {}, company.globexId);
    for (const data of [mismatched, globex]) {
      expect(data.day).toBeNull();
      expect(data.stages).toEqual([]);
      expect(data.byUnit).toEqual([]);
      expect(data.totals).toEqual({ openDeals: 0, openAmount: 0, wonDeals: 0, wonAmount: 0 });
    }
  });

  it("draws charts that vega-lite compiles, with the widget's rows inline", async () => {
    const data = await loadWidgetData(company, salesFunnelWidget, { period: "QTD" });
    const charts = salesFunnelWidget.chart?.(data) ?? [];
    const compiled = compileCharts(charts);
    expect(compiled.marks.map((marks) => marks.length > 0)).toEqual([true, true]);
    expect(compiled.warnings).toEqual([]);
    expect(inlineValues(charts[0])).toEqual(data.stages);
    expect(inlineValues(charts[1])).toEqual(data.conversions);
    const empty = await loadWidgetData(company, salesFunnelWidget, {}, company.globexId);
    expect(compileCharts(salesFunnelWidget.chart?.(empty) ?? []).marks).toHaveLength(2);
  });
});
