import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCharts } from "./__fixtures__/compile-charts.ts";
import { DEMO_NOW, type DemoCompany, openDemoCompany } from "./__fixtures__/demo-company.ts";
import { dashboardDefinitions } from "./dashboard-definitions.ts";
import { DashboardFilterError } from "./dashboard-filter-error.ts";
import { DashboardNotFoundError } from "./dashboard-not-found-error.ts";
import { DashboardWidgetNotFoundError } from "./dashboard-widget-not-found-error.ts";
import { loadDashboard } from "./load-dashboard.ts";
import { loadWidget } from "./load-widget.ts";
import { resolveDashboardFilters } from "./resolve-dashboard-filters.ts";
import { widgetOfKind } from "./widget-registry.ts";
import type { CompanyHealthData } from "./widgets/company-health/company-health-data.ts";
import type { FinanceSnapshotData } from "./widgets/finance-snapshot/finance-snapshot-data.ts";
import type { SalesFunnelData } from "./widgets/sales-funnel/sales-funnel-data.ts";

let company: DemoCompany;
beforeAll(async () => {
  company = await openDemoCompany();
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

const load = (slug: string, filters?: unknown, tenantId = company.acmeId) =>
  loadDashboard({ database: company.database, tenantId, slug, filters, now: DEMO_NOW });

describe("loadDashboard", () => {
  it.each(dashboardDefinitions.map((definition) => definition.slug))(
    "loads every widget of %s in its default layout, as the widget itself loads it, with charts that compile",
    async (slug) => {
      const dashboard = await load(slug);
      const { definition } = dashboard;
      expect(dashboard.filters.period).toBe(definition.defaultFilters.period);
      expect(dashboard.widgets.map((widget) => widget.id)).toEqual(definition.widgets.map((tile) => tile.id));
      const direct = await company.database.withTenant(company.acmeId, async (tx) => {
        const filters = await resolveDashboardFilters(tx, {
          input: definition.defaultFilters,
          now: DEMO_NOW,
        });
        const loaded: unknown[] = [];
        // One transaction is one connection: load one widget after another.
        for (const tile of definition.widgets) {
          loaded.push(await widgetOfKind(tile.kind).load({ tx, filters, now: DEMO_NOW }));
        }
        return loaded;
      });
      dashboard.widgets.forEach((loaded, index) => {
        const widget = widgetOfKind(definition.widgets[index]?.kind ?? "company-health");
        const { widgetId, ...position } =
          definition.defaultLayout.find((entry) => entry.widgetId === loaded.id) ?? {};
        expect(widgetId).toBe(loaded.id);
        expect(loaded.position).toEqual(position);
        expect(loaded.title).toBe(widget.title);
        expect(widget.dataSchema.parse(loaded.data)).toEqual(loaded.data);
        expect(loaded.data).toEqual(direct[index]);
        const compiled = compileCharts(loaded.charts as never);
        expect(compiled.marks.length).toBeGreaterThan(0);
        expect(compiled.warnings).toEqual([]);
      });
    },
  );

  it("narrows every widget with the filters, keeps the dashboard's period and names the unit and project", async () => {
    const [unit] = company.units;
    const project = company.projects.find((candidate) => candidate.businessUnitId === unit?.id);
    const all = await load("finance-snapshot");
    const narrowed = await load("finance-snapshot", { businessUnitId: unit?.id, projectId: project?.id });
    expect(narrowed.filters).toMatchObject({
      period: "YTD",
      businessUnit: { id: unit?.id, name: unit?.name },
      project: { id: project?.id, name: project?.name, businessUnitId: unit?.id },
    });
    const finance = (dashboard: typeof all) => dashboard.widgets[0]?.data as FinanceSnapshotData;
    const health = (dashboard: typeof all) => dashboard.widgets[1]?.data as CompanyHealthData;
    expect(finance(narrowed).topProjects.map((row) => row.projectId)).toEqual([project?.id]);
    expect(finance(narrowed).totals.revenue).toBeLessThan(finance(all).totals.revenue);
    expect(health(narrowed).metrics[0]?.value).toBeCloseTo(finance(narrowed).totals.revenue, 2);
  });

  it("gives Globex empty widgets, never Acme's figures", async () => {
    const dashboard = await load("company-health", {}, company.globexId);
    const [health, finance, funnel] = dashboard.widgets.map((widget) => widget.data) as [
      CompanyHealthData,
      FinanceSnapshotData,
      SalesFunnelData,
    ];
    expect(health.metrics.every((metric) => metric.value === null)).toBe(true);
    expect(finance.months).toEqual([]);
    expect(funnel.stages).toEqual([]);
    // Asking Globex's dashboard for an Acme unit is refused: the id does not exist for Globex.
    await expect(
      load("company-health", { businessUnitId: company.units[0]?.id }, company.globexId),
    ).rejects.toThrow(DashboardFilterError);
  });

  it("refuses an unknown dashboard, filter id or widget with stable codes", async () => {
    await expect(load("board-room")).rejects.toThrow(DashboardNotFoundError);
    await expect(load("sales-funnel", { projectId: randomUUID() })).rejects.toMatchObject({
      code: "PENNY_DASHBOARD_FILTER_INVALID",
      filter: "projectId",
    });
    await expect(
      loadWidget({
        database: company.database,
        tenantId: company.acmeId,
        slug: "sales-funnel",
        widgetId: "ops-incidents",
        now: DEMO_NOW,
      }),
    ).rejects.toThrow(DashboardWidgetNotFoundError);
  });
});

describe("loadWidget", () => {
  it("loads one tile exactly as the dashboard does", async () => {
    const [unit] = company.units;
    const filters = { period: "MTD", businessUnitId: unit?.id };
    const dashboard = await load("ops-incidents", filters);
    const tile = await loadWidget({
      database: company.database,
      tenantId: company.acmeId,
      slug: "ops-incidents",
      widgetId: "project-timeline",
      filters,
      now: DEMO_NOW,
    });
    expect(tile).toEqual(dashboard.widgets.find((widget) => widget.id === "project-timeline"));
    expect(tile.kind).toBe("project-timeline");
  });
});
