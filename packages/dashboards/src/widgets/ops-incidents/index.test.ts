import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts, inlineValues } from "../../__fixtures__/compile-charts.ts";
import {
  DEMO_NOW,
  type DemoCompany,
  loadWidgetData,
  openDemoCompany,
  platformRows,
} from "../../__fixtures__/demo-company.ts";
import { opsIncidentsWidget } from "./index.ts";

interface IncidentRow {
  id: string;
  severity: string;
  projectId: string;
  project: string;
  unitId: string;
  opened: number;
  closed: number | null;
}

let company: DemoCompany;
let incidents: IncidentRow[];
beforeAll(async () => {
  company = await openDemoCompany();
  incidents = await platformRows<IncidentRow>(
    company.database,
    sql`select i.id, i.severity, p.id as "projectId", p.name as project, p.business_unit_id as "unitId",
               (extract(epoch from i.opened_at) * 1000)::float8 as opened,
               (extract(epoch from i.closed_at) * 1000)::float8 as closed
          from incidents i join projects p on p.tenant_id = i.tenant_id and p.id = i.project_id
         where i.tenant_id = ${company.acmeId}`,
  );
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

const DAY = 86_400_000;
const now = DEMO_NOW.getTime();
/** The QTD window of DEMO_NOW as instants: 2025-04-01 00:00 UTC up to 2025-05-15 00:00 UTC. */
const start = Date.UTC(2025, 3, 1);
const end = Date.UTC(2025, 4, 15);
const isOpen = (incident: IncidentRow) =>
  incident.opened <= now && (incident.closed === null || incident.closed > now);
const mondayOf = (time: number) => {
  const day = Math.floor(time / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - weekday * DAY).toISOString().slice(0, 10);
};

/** What the widget should show for the incidents of `scope`, computed in plain code from the rows. */
function expectedFigures(scope: IncidentRow[]) {
  const closedInWindow = scope.filter(
    (row) => row.closed !== null && row.closed >= start && row.closed < end,
  );
  const openedInWindow = scope.filter((row) => row.opened >= start && row.opened < end);
  const projects = new Map<string, { project: string; score: number; open: number; opened: number }>();
  for (const row of scope) {
    const entry = projects.get(row.projectId) ?? { project: row.project, score: 0, open: 0, opened: 0 };
    if (row.opened >= start && row.opened < end) {
      entry.opened++;
      entry.score += row.severity === "sev1" ? 10 : row.severity === "sev2" ? 3 : 1;
    }
    if (isOpen(row)) entry.open++;
    projects.set(row.projectId, entry);
  }
  return {
    open: ["sev1", "sev2", "sev3"].map(
      (severity) => scope.filter((row) => row.severity === severity && isOpen(row)).length,
    ),
    openedByWeek: countBy(openedInWindow.map((row) => mondayOf(row.opened))),
    closedByWeek: countBy(closedInWindow.map((row) => mondayOf(row.closed ?? 0))),
    resolved: closedInWindow.length,
    meanHours:
      closedInWindow.reduce((total, row) => total + ((row.closed ?? 0) - row.opened), 0) /
      closedInWindow.length /
      3_600_000,
    worst: [...projects.values()]
      .filter((entry) => entry.opened > 0 || entry.open > 0)
      .sort(
        (first, second) =>
          second.score - first.score ||
          second.open - first.open ||
          first.project.localeCompare(second.project),
      )
      .slice(0, 5),
  };
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describe("ops-incidents widget", () => {
  it("matches the incidents table: open now, weekly flow, time to resolve and worst projects", async () => {
    const data = await loadWidgetData(company, opsIncidentsWidget, { period: "QTD" });
    expect(opsIncidentsWidget.dataSchema.parse(data)).toEqual(data);
    const expected = expectedFigures(incidents);
    expect(expected.resolved).toBeGreaterThan(10);

    expect(data.openBySeverity.map((entry) => entry.open)).toEqual(expected.open);
    expect(data.openIncidents).toHaveLength(expected.open.reduce((total, count) => total + count, 0));
    expect(data.weekly.map((week) => week.week)).toEqual([
      "2025-03-31",
      "2025-04-07",
      "2025-04-14",
      "2025-04-21",
      "2025-04-28",
      "2025-05-05",
      "2025-05-12",
    ]);
    for (const week of data.weekly) {
      expect([week.opened, week.closed]).toEqual([
        expected.openedByWeek[week.week] ?? 0,
        expected.closedByWeek[week.week] ?? 0,
      ]);
    }
    expect(data.resolution.resolved).toBe(expected.resolved);
    expect(data.resolution.meanHours).toBeCloseTo(expected.meanHours, 6);
    expect(data.resolution.bySeverity.reduce((total, entry) => total + entry.resolved, 0)).toBe(
      expected.resolved,
    );
    expect(data.worstProjects.map((project) => [project.project, project.score, project.open])).toEqual(
      expected.worst.map((entry) => [entry.project, entry.score, entry.open]),
    );
  });

  it("narrows to a unit and a project, and to nothing for a project of another unit or for Globex", async () => {
    const [unit, otherUnit] = company.units;
    const unitData = await loadWidgetData(company, opsIncidentsWidget, { businessUnitId: unit?.id });
    const unitExpected = expectedFigures(incidents.filter((row) => row.unitId === unit?.id));
    expect(unitData.resolution.resolved).toBe(unitExpected.resolved);
    expect(unitData.openBySeverity.map((entry) => entry.open)).toEqual(unitExpected.open);
    expect(unitData.worstProjects.every((project) => project.businessUnitId === unit?.id)).toBe(true);

    const project = company.projects.find((candidate) => candidate.businessUnitId === unit?.id);
    const projectData = await loadWidgetData(company, opsIncidentsWidget, { projectId: project?.id });
    const projectExpected = expectedFigures(incidents.filter((row) => row.projectId === project?.id));
    expect(projectData.resolution.resolved).toBe(projectExpected.resolved);
    expect(projectData.resolution.resolved).toBeLessThan(unitData.resolution.resolved);
    expect(projectData.worstProjects.map((row) => row.projectId)).toEqual(
      projectExpected.worst.length ? [project?.id] : [],
    );

    const foreign = company.projects.find((candidate) => candidate.businessUnitId === otherUnit?.id);
    const mismatched = await loadWidgetData(company, opsIncidentsWidget, {
      businessUnitId: unit?.id,
      projectId: foreign?.id,
    });
    const globex = await loadWidgetData(company, opsIncidentsWidget, {}, company.globexId);
    for (const data of [mismatched, globex]) {
      expect(data.openBySeverity.map((entry) => entry.open)).toEqual([0, 0, 0]);
      expect(data.openIncidents).toEqual([]);
      expect(data.weekly.every((week) => week.opened === 0 && week.closed === 0)).toBe(true);
      expect(data.resolution.meanHours).toBeNull();
      expect(data.worstProjects).toEqual([]);
    }
  });

  it("draws charts that vega-lite compiles, with the widget's rows inline", async () => {
    const data = await loadWidgetData(company, opsIncidentsWidget, { period: "YTD" });
    const charts = opsIncidentsWidget.chart?.(data) ?? [];
    const compiled = compileCharts(charts);
    expect(compiled.marks.map((marks) => marks.length > 0)).toEqual([true, true, true]);
    expect(compiled.warnings).toEqual([]);
    expect(inlineValues(charts[1])).toEqual(data.weekly);
    expect(inlineValues(charts[2])).toEqual(data.worstProjects);
    const empty = await loadWidgetData(company, opsIncidentsWidget, {}, company.globexId);
    expect(compileCharts(opsIncidentsWidget.chart?.(empty) ?? []).marks).toHaveLength(3);
  });
});
