import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts, inlineValues } from "../../__fixtures__/compile-charts.ts";
import {
  type DemoCompany,
  loadWidgetData,
  openDemoCompany,
  platformRows,
} from "../../__fixtures__/demo-company.ts";
import { projectTimelineWidget } from "./index.ts";

interface MilestoneRow {
  id: string;
  projectId: string;
  unitId: string;
  dueOn: string;
  completedOn: string | null;
  status: string;
}

let company: DemoCompany;
let milestones: MilestoneRow[];
beforeAll(async () => {
  company = await openDemoCompany();
  milestones = await platformRows<MilestoneRow>(
    company.database,
    sql`select m.id, m.project_id as "projectId", p.business_unit_id as "unitId", to_char(m.due_on, 'YYYY-MM-DD') as "dueOn",
               to_char(m.completed_on, 'YYYY-MM-DD') as "completedOn", m.status
          from milestones m join projects p on p.tenant_id = m.tenant_id and p.id = m.project_id
         where m.tenant_id = ${company.acmeId}`,
  );
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

/** DEMO_NOW's day, the QTD window's first day and 90 days past today, worked out by hand. */
const today = "2025-05-14";
const from = "2025-04-01";
const until = "2025-08-12";

/** The milestones the timeline should show for `scope`, with their status on `today`, computed in plain code. */
function expectedMilestones(scope: MilestoneRow[]) {
  return scope
    .filter(
      (row) => (row.dueOn >= from && row.dueOn <= until) || (row.status !== "done" && row.dueOn < today),
    )
    .map((row) => ({
      id: row.id,
      status: row.status === "done" ? "done" : row.dueOn < today ? "late" : row.status,
    }))
    .sort((first, second) => first.id.localeCompare(second.id));
}

describe("project-timeline widget", () => {
  it("lists the milestones around the period with their status today", async () => {
    const data = await loadWidgetData(company, projectTimelineWidget, { period: "QTD" });
    expect(projectTimelineWidget.dataSchema.parse(data)).toEqual(data);
    expect([data.today, data.until]).toEqual([today, until]);
    const expected = expectedMilestones(milestones);
    expect(expected.length).toBeGreaterThan(12);
    expect(
      data.milestones
        .map((milestone) => ({ id: milestone.milestoneId, status: milestone.status }))
        .sort((first, second) => first.id.localeCompare(second.id)),
    ).toEqual(expected);
    const statuses = new Set(expected.map((row) => row.status));
    expect(statuses).toEqual(new Set(["planned", "in_progress", "done", "late"]));
    expect(data.totals).toEqual({
      planned: expected.filter((row) => row.status === "planned").length,
      inProgress: expected.filter((row) => row.status === "in_progress").length,
      done: expected.filter((row) => row.status === "done").length,
      late: expected.filter((row) => row.status === "late").length,
    });
    const sumOf = (key: "planned" | "inProgress" | "done" | "late") =>
      data.byProject.reduce((total, project) => total + project[key], 0);
    expect(sumOf("late")).toBe(data.totals.late);
    for (const milestone of data.milestones.filter((row) => row.status === "late")) {
      expect(milestone.daysLate).toBe(
        Math.round((Date.parse(today) - Date.parse(milestone.dueOn)) / 86_400_000),
      );
    }
  });

  it("narrows to a unit and a project, and to nothing for a project of another unit or for Globex", async () => {
    const [unit, otherUnit] = company.units;
    const unitData = await loadWidgetData(company, projectTimelineWidget, { businessUnitId: unit?.id });
    expect(unitData.milestones.map((row) => row.milestoneId).sort()).toEqual(
      expectedMilestones(milestones.filter((row) => row.unitId === unit?.id)).map((row) => row.id),
    );
    expect(unitData.byProject).toHaveLength(4);

    const project = company.projects.find((candidate) => candidate.businessUnitId === unit?.id);
    const projectData = await loadWidgetData(company, projectTimelineWidget, { projectId: project?.id });
    expect(projectData.milestones.map((row) => row.milestoneId).sort()).toEqual(
      expectedMilestones(milestones.filter((row) => row.projectId === project?.id)).map((row) => row.id),
    );
    expect(projectData.byProject.map((row) => row.projectId)).toEqual([project?.id]);

    const foreign = company.projects.find((candidate) => candidate.businessUnitId === otherUnit?.id);
    const mismatched = await loadWidgetData(company, projectTimelineWidget, {
      businessUnitId: unit?.id,
      projectId: foreign?.id,
    });
    const globex = await loadWidgetData(company, projectTimelineWidget, {}, company.globexId);
    for (const data of [mismatched, globex]) {
      expect(data.milestones).toEqual([]);
      expect(data.byProject).toEqual([]);
      expect(data.totals).toEqual({ planned: 0, inProgress: 0, done: 0, late: 0 });
    }
  });

  it("draws charts that vega-lite compiles, with the widget's rows inline", async () => {
    const data = await loadWidgetData(company, projectTimelineWidget, { period: "QTD" });
    const charts = projectTimelineWidget.chart?.(data) ?? [];
    const compiled = compileCharts(charts);
    expect(compiled.marks.map((marks) => marks.length > 0)).toEqual([true, true]);
    expect(compiled.warnings).toEqual([]);
    expect(inlineValues(charts[1])).toEqual(data.byProject);
    const empty = await loadWidgetData(company, projectTimelineWidget, {}, company.globexId);
    expect(compileCharts(projectTimelineWidget.chart?.(empty) ?? []).marks).toHaveLength(2);
  });
});
