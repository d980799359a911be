import { describe, expect, it } from "vitest";
import { periodWindows } from "./period-window.ts";

describe("periodWindows", () => {
  it.each([
    ["MTD", "2025-05-14T15:30:00Z", ["2025-05-01", "2025-05-14", 14], ["2025-04-01", "2025-04-14", 14]],
    ["QTD", "2025-05-14T15:30:00Z", ["2025-04-01", "2025-05-14", 44], ["2025-01-01", "2025-02-13", 44]],
    ["YTD", "2025-05-14T15:30:00Z", ["2025-01-01", "2025-05-14", 134], ["2024-01-01", "2024-05-13", 134]],
    ["MTD", "2025-01-01T00:00:00Z", ["2025-01-01", "2025-01-01", 1], ["2024-12-01", "2024-12-01", 1]],
    ["QTD", "2025-02-10T23:59:59Z", ["2025-01-01", "2025-02-10", 41], ["2024-10-01", "2024-11-10", 41]],
  ] as const)("%s at %s", (period, now, current, previous) => {
    const { window, previousWindow } = periodWindows(period, new Date(now));
    expect([window.from, window.to, window.days]).toEqual(current);
    expect([previousWindow.from, previousWindow.to, previousWindow.days]).toEqual(previous);
  });

  it("ends the previous window on its own last day when the previous month is shorter", () => {
    const { window, previousWindow } = periodWindows("MTD", new Date("2025-03-31T08:00:00Z"));
    expect(window).toEqual({ from: "2025-03-01", to: "2025-03-31", days: 31 });
    expect(previousWindow).toEqual({ from: "2025-02-01", to: "2025-02-28", days: 28 });
  });
});
