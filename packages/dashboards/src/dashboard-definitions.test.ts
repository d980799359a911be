import { describe, expect, it } from "vitest";
import { dashboardDefinitions, dashboardSlugs } from "./dashboard-definitions.ts";
import { DashboardNotFoundError } from "./dashboard-not-found-error.ts";
import { drillDownSchema } from "./drill-down.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { validateDashboardLayout } from "./validate-dashboard-layout.ts";
import { widgetPositionSchema } from "./widget-position.ts";
import { widgetKinds, widgetRegistry } from "./widget-registry.ts";

describe("widgetRegistry", () => {
  it("registers the six kinds once each, with positions on the grid and valid drill-downs", () => {
    expect(widgetKinds).toEqual([
      "company-health",
      "finance-snapshot",
      "sales-funnel",
      "ops-incidents",
      "hiring-pipeline",
      "project-timeline",
    ]);
    for (const widget of widgetRegistry) {
      const position = widgetPositionSchema.parse(widget.defaultPosition);
      expect(position.x + position.w).toBeLessThanOrEqual(12);
      expect(widget.title.length).toBeGreaterThan(0);
      expect(widget.description.length).toBeGreaterThan(20);
      expect(widget.drillDown.length).toBeGreaterThan(0);
      const shape = (widget.dataSchema as unknown as { shape: Record<string, unknown> }).shape;
      for (const drillDown of widget.drillDown) {
        drillDownSchema.parse(drillDown);
        // A detail table is built from one of the widget's own row lists.
        if (drillDown.target.kind === "detail") expect(Object.keys(shape)).toContain(drillDown.target.rows);
      }
    }
  });
});

describe("dashboardDefinitions", () => {
  it("has the six dashboards, each led by its own widget plus one to three others", () => {
    expect(dashboardSlugs).toEqual(widgetKinds);
    for (const definition of dashboardDefinitions) {
      const kinds = definition.widgets.map((widget) => widget.kind);
      expect(kinds[0]).toBe(definition.slug);
      expect(kinds.length).toBeGreaterThanOrEqual(2);
      expect(kinds.length).toBeLessThanOrEqual(4);
      expect(new Set(kinds).size).toBe(kinds.length);
      expect(kinds.every((kind) => widgetKinds.includes(kind))).toBe(true);
      expect(["MTD", "QTD", "YTD"]).toContain(definition.defaultFilters.period);
      // The default layout passes the same checks as a layout someone saves.
      expect(validateDashboardLayout(definition, definition.defaultLayout)).toEqual(definition.defaultLayout);
    }
  });

  it("finds a dashboard by slug and refuses an unknown one with a stable code", () => {
    expect(getDashboardDefinition("sales-funnel").title).toBe("Sales funnel");
    expect(() => getDashboardDefinition("board-room")).toThrow(DashboardNotFoundError);
    try {
      getDashboardDefinition("board-room");
    } catch (error) {
      expect((error as DashboardNotFoundError).code).toBe("PENNY_DASHBOARD_NOT_FOUND");
      expect((error as Error).message).toContain("board-room");
    }
  });
});
