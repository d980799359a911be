import { describe, expect, it } from "vitest";
import {
  DASHBOARD_ARTIFACT_MIME,
  dashboardArtifactContent,
  dashboardArtifactContentSchema,
} from "./dashboard-artifact-content.ts";
import { DashboardFilterError } from "./dashboard-filter-error.ts";
import { DashboardNotFoundError } from "./dashboard-not-found-error.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { widgetOfKind } from "./widget-registry.ts";

describe("dashboardArtifactContent", () => {
  it("describes the dashboard, its filters over the defaults, its widgets with drill-downs and its layout", () => {
    const unitId = "7d1f2a9c-3b4e-4c5d-8e6f-0a1b2c3d4e5f";
    const content = dashboardArtifactContent("project-timeline", { businessUnitId: unitId });
    const definition = getDashboardDefinition("project-timeline");
    expect(DASHBOARD_ARTIFACT_MIME).toBe("application/vnd.penny.dashboard+json");
    expect(dashboardArtifactContentSchema.parse(JSON.parse(JSON.stringify(content)))).toEqual(content);
    expect(content).toMatchObject({
      slug: "project-timeline",
      title: "Project timeline",
      filters: { period: "QTD", businessUnitId: unitId },
      layout: definition.defaultLayout,
    });
    expect(content.widgets.map((widget) => widget.id)).toEqual([
      "project-timeline",
      "ops-incidents",
      "finance-snapshot",
    ]);
    for (const widget of content.widgets) {
      const { widgetId, ...position } =
        definition.defaultLayout.find((entry) => entry.widgetId === widget.id) ?? {};
      expect(widgetId).toBe(widget.id);
      expect(widget.position).toEqual(position);
      expect(widget.drillDown).toEqual(widgetOfKind(widget.kind as never).drillDown);
    }
  });

  it("uses the dashboard's own default period and refuses bad filters or an unknown slug", () => {
    expect(dashboardArtifactContent("finance-snapshot").filters).toEqual({ period: "YTD" });
    expect(dashboardArtifactContent("finance-snapshot", { period: "MTD" }).filters).toEqual({
      period: "MTD",
    });
    expect(() => dashboardArtifactContent("finance-snapshot", { projectId: "p-1" })).toThrow(
      DashboardFilterError,
    );
    expect(() => dashboardArtifactContent("board-room")).toThrow(DashboardNotFoundError);
  });
});
