import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts, inlineValues } from "../../__fixtures__/compile-charts.ts";
import {
  type DemoCompany,
  loadWidgetData,
  openDemoCompany,
  platformRows,
} from "../../__fixtures__/demo-company.ts";
import { hiringPipelineWidget } from "./index.ts";

let company: DemoCompany;
beforeAll(async () => {
  company = await openDemoCompany();
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

const stageOrder = ["applied", "screen", "interview", "offer", "hired"];

/** Candidates per stage on `day` for the tenant's units (or one unit), straight from hiring_daily. */
async function candidatesOn(day: string, unitId: string | null = null): Promise<number[]> {
  const rows = await platformRows<{ stage: string; candidates: number }>(
    company.database,
    sql`select stage, sum(candidates)::int as candidates from hiring_daily
         where tenant_id = ${company.acmeId} and day = ${day}::date
           and (${unitId}::uuid is null or business_unit_id = ${unitId}::uuid)
         group by stage`,
  );
  return stageOrder.map((stage) => rows.find((row) => row.stage === stage)?.candidates ?? 0);
}

describe("hiring-pipeline widget", () => {
  it("shows candidates per stage on the last day against a week before, and offer → hired", async () => {
    const data = await loadWidgetData(company, hiringPipelineWidget, { period: "QTD" });
    expect(hiringPipelineWidget.dataSchema.parse(data)).toEqual(data);
    expect([data.day, data.weekAgo]).toEqual(["2025-05-14", "2025-05-07"]);
    const now = await candidatesOn("2025-05-14");
    const weekAgo = await candidatesOn("2025-05-07");
    expect(now[0]).toBeGreaterThan(0);
    expect(data.stages.map((stage) => stage.stage)).toEqual(stageOrder);
    expect(data.stages.map((stage) => stage.candidates)).toEqual(now);
    expect(data.stages.map((stage) => stage.weekAgo)).toEqual(weekAgo);
    expect(data.stages.map((stage) => stage.change)).toEqual(
      now.map((count, index) => count - (weekAgo[index] ?? 0)),
    );
    data.stages.forEach((stage, index) => {
      const before = weekAgo[index] ?? 0;
      if (before === 0) expect(stage.changePercent).toBeNull();
      else expect(stage.changePercent).toBeCloseTo((((now[index] ?? 0) - before) / before) * 100, 10);
    });
    expect(data.offerToHiredRate).toBeCloseTo((now[4] ?? 0) / (now[3] ?? 1), 10);
    expect(data.trend).toHaveLength(44 * 5);
    expect(data.trend.slice(-5).map((row) => row.candidates)).toEqual(now);
  });

  it("narrows to a unit, and a project to its own unit's pipeline", async () => {
    const [unit, otherUnit] = company.units;
    if (!unit || !otherUnit) throw new Error("the demo has fewer than two units");
    const unitData = await loadWidgetData(company, hiringPipelineWidget, {
      period: "MTD",
      businessUnitId: unit.id,
    });
    expect(unitData.stages.map((stage) => stage.candidates)).toEqual(
      await candidatesOn("2025-05-14", unit.id),
    );
    expect(new Set(unitData.byUnit.map((row) => row.businessUnitId))).toEqual(new Set([unit.id]));

    const project = company.projects.find((candidate) => candidate.businessUnitId === unit.id);
    const projectData = await loadWidgetData(company, hiringPipelineWidget, {
      period: "MTD",
      projectId: project?.id,
    });
    expect(projectData.stages).toEqual(unitData.stages);

    const foreign = company.projects.find((candidate) => candidate.businessUnitId === otherUnit.id);
    const mismatched = await loadWidgetData(company, hiringPipelineWidget, {
      businessUnitId: unit.id,
      projectId: foreign?.id,
    });
    const globex = await loadWidgetData(company, hiringPipelineWidget, {}, company.globexId);
    for (const data of [mismatched, globex]) {
      expect(data.day).toBeNull();
      expect(data.stages).toEqual([]);
      expect(data.byUnit).toEqual([]);
      expect(data.trend).toEqual([]);
      expect(data.offerToHiredRate).toBeNull();
    }
  });

  it("draws charts that vega-lite compiles, with the widget's rows inline", async () => {
    const data = await loadWidgetData(company, hiringPipelineWidget, { period: "QTD" });
    const charts = hiringPipelineWidget.chart?.(data) ?? [];
    const compiled = compileCharts(charts);
    expect(compiled.marks.map((marks) => marks.length > 0)).toEqual([true, true]);
    expect(compiled.warnings).toEqual([]);
    expect(inlineValues(charts[0])).toEqual(data.stages);
    expect(inlineValues(charts[1])).toEqual(data.trend);
    const empty = await loadWidgetData(company, hiringPipelineWidget, {}, company.globexId);
    expect(compileCharts(hiringPipelineWidget.chart?.(empty) ?? []).marks).toHaveLength(2);
  });
});
