import { describe, expect, it } from "vitest";
import { demoCalendar } from "./calendar.ts";
import { acmePlan } from "./company-plan.ts";
import { generateKpis, type KpiRow } from "./generate-kpis.ts";
import { createPrng } from "./prng.ts";

const quarter = demoCalendar(new Date("2024-03-31T00:00:00Z"));
const history = demoCalendar(new Date("2026-12-31T00:00:00Z"));
const kpis = (days = quarter) => generateKpis(acmePlan, days, createPrng("test"));
const projectNames = acmePlan.projects.map((project) => project.name);
const ofProject = (rows: KpiRow[], name: string) => rows.filter((row) => row.project === name);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const cents = (amount: number) => Math.round(amount * 100);

describe("generateKpis", () => {
  const shortRows = kpis();
  const longRows = kpis(history);

  it("writes one row per project and day", () => {
    expect(shortRows).toHaveLength(12 * 91);
    for (const name of projectNames) {
      expect(ofProject(shortRows, name).map((row) => row.day)).toEqual(quarter.map((day) => day.date));
    }
  });

  it("is deterministic, and a later day only extends the series", () => {
    expect(kpis()).toEqual(shortRows);
    expect(generateKpis(acmePlan, quarter, createPrng("other"))).not.toEqual(shortRows);
    for (const name of projectNames) {
      expect(ofProject(longRows, name).slice(0, 91)).toEqual(ofProject(shortRows, name));
    }
  });

  it("keeps gross margin exactly revenue minus cost, in whole cents", () => {
    const inexact = longRows.filter(
      (row) =>
        cents(row.grossMargin) !== cents(row.revenue) - cents(row.cost) ||
        Math.abs(row.revenue * 100 - cents(row.revenue)) > 1e-6,
    );
    expect(inexact).toEqual([]);
  });

  it("stays in plausible ranges", () => {
    const implausible = longRows.filter(
      (row) =>
        row.revenue <= 0 ||
        row.cost <= 0 ||
        row.bookings < 0 ||
        row.burn < 0 ||
        !Number.isInteger(row.headcount) ||
        row.headcount < 6,
    );
    expect(implausible).toEqual([]);
    const margin = 1 - sum(longRows.map((row) => row.cost)) / sum(longRows.map((row) => row.revenue));
    expect(margin).toBeGreaterThan(0.35);
    expect(margin).toBeLessThan(0.55);
    const arrOn = (date: string) => sum(longRows.filter((row) => row.day === date).map((row) => row.arr));
    expect(arrOn("2024-01-01")).toBeGreaterThan(50_000_000);
    expect(arrOn("2026-12-31")).toBeLessThan(150_000_000);
    const revenue2025 = sum(longRows.filter((row) => row.day.startsWith("2025")).map((row) => row.revenue));
    expect(revenue2025 / arrOn("2025-07-01")).toBeGreaterThan(0.85);
    expect(revenue2025 / arrOn("2025-07-01")).toBeLessThan(1.15);
  });

  it("sells less at weekends", () => {
    const weekend = new Set(history.filter((day) => day.isWeekend).map((day) => day.date));
    const average = (rows: KpiRow[]) => sum(rows.map((row) => row.revenue)) / rows.length;
    const weekendRevenue = average(longRows.filter((row) => weekend.has(row.day)));
    const weekdayRevenue = average(longRows.filter((row) => !weekend.has(row.day)));
    expect(weekendRevenue).toBeLessThan(weekdayRevenue * 0.6);
    expect(longRows.filter((row) => weekend.has(row.day)).every((row) => row.bookings === 0)).toBe(true);
  });

  it("tells the stories in the plan: Harbor ramps up, Echo declines after its recall", () => {
    const harbor = ofProject(longRows, "Harbor");
    expect(harbor.at(-1)?.headcount).toBeGreaterThan((harbor[0]?.headcount ?? 0) * 4);
    expect(harbor.at(-1)?.arr).toBeGreaterThan((harbor[0]?.arr ?? 0) * 10);

    const echo = ofProject(longRows, "Echo");
    const revenueIn = (month: string) =>
      sum(echo.filter((row) => row.day.startsWith(month)).map((row) => row.revenue));
    expect(revenueIn("2025-06")).toBeLessThan(revenueIn("2024-06") * 0.85);
    expect(echo.at(-1)?.headcount).toBeLessThan(echo[0]?.headcount ?? 0);
  });
});
