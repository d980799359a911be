import { describe, expect, it } from "vitest";
import { dashboardSpec } from "../../__fixtures__/sample-content.ts";
import { dashboardKind } from "./dashboard-kind.ts";

const MIME = "application/vnd.penny.dashboard+json";
const dashboard = (value: unknown) => () =>
  dashboardKind.validate(new TextEncoder().encode(JSON.stringify(value)), MIME);

describe("dashboardKind", () => {
  it("accepts a dashboard with filters and positioned widgets", () => {
    expect(dashboard(dashboardSpec)).not.toThrow();
    expect(dashboard({ title: "Empty", filters: {}, widgets: [], layout: [] })).not.toThrow();
  });

  it("refuses missing titles, bad positions and duplicate widget ids, naming the field", () => {
    expect(dashboard({ filters: {}, widgets: [] })).toThrow(/title/);
    const widget = dashboardSpec.widgets[0];
    expect(
      dashboard({ ...dashboardSpec, widgets: [{ ...widget, position: { x: 0, y: 0, w: 0, h: 1 } }] }),
    ).toThrow(/widgets\.0\.position\.w/);
    expect(dashboard({ ...dashboardSpec, widgets: [widget, widget] })).toThrow(/duplicate widget id "arr"/);
  });
});
