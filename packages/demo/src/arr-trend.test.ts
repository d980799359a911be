import { describe, expect, it } from "vitest";
import { arrGrowthRate, arrTrend, unitGrowth } from "./arr-trend.ts";
import { dayTime } from "./calendar.ts";
import { acmePlan } from "./company-plan.ts";

const project = (name: string) => {
  const found = acmePlan.projects.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no project ${name}`);
  return found;
};
const companyArr = (date: string) =>
  acmePlan.projects.reduce((sum, candidate) => sum + arrTrend(candidate, dayTime(date)), 0);

describe("arrTrend", () => {
  it("sizes Acme like a $50-150M ARR robotics company that grows", () => {
    expect(companyArr("2024-01-01")).toBeGreaterThan(50_000_000);
    expect(companyArr("2026-12-31")).toBeLessThan(150_000_000);
    expect(companyArr("2026-12-31")).toBeGreaterThan(companyArr("2025-06-30"));
    expect(companyArr("2025-06-30")).toBeGreaterThan(companyArr("2024-01-01"));
  });

  it("ramps Harbor from a pilot to a business", () => {
    const harbor = project("Harbor");
    expect(arrTrend(harbor, dayTime("2024-01-01"))).toBeLessThan(1_000_000);
    expect(arrTrend(harbor, dayTime("2025-12-31"))).toBeGreaterThan(9_000_000);
    expect(arrGrowthRate(harbor, dayTime("2025-01-15"))).toBeGreaterThan(1);
  });

  it("drops Echo at its recall and keeps it shrinking", () => {
    const echo = project("Echo");
    const before = arrTrend(echo, dayTime("2025-02-09"));
    const after = arrTrend(echo, dayTime("2025-02-10"));
    expect(after / before).toBeCloseTo(0.8, 2);
    expect(arrTrend(echo, dayTime("2026-02-10"))).toBeLessThan(after * 0.75);
    expect(arrGrowthRate(echo, dayTime("2025-06-01"))).toBeLessThan(0);
  });
});

describe("unitGrowth", () => {
  it("is 1 on the first day and follows the unit's projects", () => {
    expect(unitGrowth(acmePlan, "Industrial", dayTime("2024-01-01"))).toBe(1);
    expect(unitGrowth(acmePlan, "Industrial", dayTime("2025-12-31"))).toBeGreaterThan(1.4);
  });
});
