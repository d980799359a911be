import { describe, expect, it } from "vitest";
import type { Placement } from "./dashboard-api.ts";
import { nudge, placeWidget, sameLayout } from "./layout.ts";

const overlapping = (layout: Placement[]) =>
  layout.some((a, index) =>
    layout
      .slice(index + 1)
      .some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h),
  );

const stacked: Placement[] = [
  { widgetId: "a", x: 0, y: 0, w: 12, h: 4 },
  { widgetId: "b", x: 0, y: 4, w: 6, h: 5 },
  { widgetId: "c", x: 6, y: 4, w: 6, h: 5 },
];

describe("dashboard layout", () => {
  it("keeps a widget inside the 12 columns when it grows or moves right", () => {
    const wider = nudge(stacked, "c", { w: 3 });
    const c = wider.find((entry) => entry.widgetId === "c");
    expect(c && c.x + c.w).toBeLessThanOrEqual(12);
    expect(overlapping(wider)).toBe(false);
  });

  it("swaps a widget with the one below when moved down", () => {
    const moved = nudge(stacked, "a", { y: 1 });
    const a = moved.find((entry) => entry.widgetId === "a");
    const b = moved.find((entry) => entry.widgetId === "b");
    expect(a?.y).toBeGreaterThan(b?.y ?? Number.POSITIVE_INFINITY);
    expect(overlapping(moved)).toBe(false);
  });

  it("pushes covered widgets down instead of overlapping them", () => {
    const placed = placeWidget(stacked, { widgetId: "b", x: 3, y: 0, w: 6, h: 3 });
    expect(overlapping(placed)).toBe(false);
    expect(placed).toHaveLength(3);
    expect(sameLayout(placed, stacked)).toBe(false);
  });

  it("never goes past the left edge or below one cell", () => {
    const moved = nudge(stacked, "b", { x: -5, w: -10, h: -10 });
    expect(moved.find((entry) => entry.widgetId === "b")).toMatchObject({ x: 0, w: 1, h: 1 });
  });
});
