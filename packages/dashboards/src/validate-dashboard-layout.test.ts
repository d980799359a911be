import { describe, expect, it } from "vitest";
import { DashboardLayoutInvalidError } from "./dashboard-layout-invalid-error.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { validateDashboardLayout } from "./validate-dashboard-layout.ts";

const definition = getDashboardDefinition("sales-funnel");
const valid = [
  { widgetId: "sales-funnel", x: 0, y: 0, w: 12, h: 5 },
  { widgetId: "finance-snapshot", x: 0, y: 5, w: 12, h: 5 },
];

/** The problems a layout is refused with. */
function problemsOf(layout: unknown): string[] {
  try {
    validateDashboardLayout(definition, layout);
  } catch (error) {
    expect(error).toBeInstanceOf(DashboardLayoutInvalidError);
    expect((error as DashboardLayoutInvalidError).code).toBe("PENNY_DASHBOARD_LAYOUT_INVALID");
    return (error as DashboardLayoutInvalidError).problems;
  }
  throw new Error("the layout was accepted");
}

describe("validateDashboardLayout", () => {
  it("accepts a full arrangement on the grid", () => {
    expect(validateDashboardLayout(definition, valid)).toEqual(valid);
  });

  it.each<[string, unknown, string[]]>([
    [
      "a widget past the 12th column",
      [valid[0], { ...valid[1], x: 6, w: 7 }],
      ['widget "finance-snapshot" reaches column 13 (x 6 + w 7), past the 12-column grid'],
    ],
    [
      "a widget that is not on the dashboard",
      [...valid, { widgetId: "ops-incidents", x: 0, y: 10, w: 4, h: 2 }],
      ['widget "ops-incidents" is not on the dashboard "sales-funnel"'],
    ],
    [
      "a widget placed twice",
      [...valid, { ...valid[0], y: 20 }],
      ['widget "sales-funnel" is placed more than once'],
    ],
    ["a widget left out", [valid[0]], ['widget "finance-snapshot" is not placed']],
    [
      "two widgets on the same cells",
      [valid[0], { ...valid[1], y: 4 }],
      ['widgets "sales-funnel" and "finance-snapshot" overlap'],
    ],
  ])("refuses %s", (_case, layout, problems) => {
    expect(problemsOf(layout)).toEqual(problems);
  });

  it("names the entry, widget and field of malformed values", () => {
    const problems = problemsOf([
      { ...valid[0], w: 0 },
      { ...valid[1], h: 1.5, x: -1 },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^layout\[0\] \(sales-funnel\)\.w: /);
    expect(problems.some((problem) => problem.startsWith("layout[1] (finance-snapshot).x: "))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("layout[1] (finance-snapshot).h: "))).toBe(true);
    expect(problemsOf({ widgetId: "sales-funnel" })[0]).toMatch(/^layout: /);
  });

  it("says everything that is wrong in one message", () => {
    expect(() => validateDashboardLayout(definition, [{ ...valid[0], x: 11 }])).toThrow(
      /reaches column 23.*; widget "finance-snapshot" is not placed/,
    );
  });
});
