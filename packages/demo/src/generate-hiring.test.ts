import { schema } from "@penny/db";
import { describe, expect, it } from "vitest";
import { demoCalendar } from "./calendar.ts";
import { acmePlan } from "./company-plan.ts";
import { generateHiring, type HiringRow } from "./generate-hiring.ts";
import { createPrng } from "./prng.ts";

const unitNames = acmePlan.units.map((unit) => unit.name);
const quarter = demoCalendar(new Date("2024-03-31T00:00:00Z"));
const history = demoCalendar(new Date("2025-12-31T00:00:00Z"));
const hiring = (days = quarter) => generateHiring(acmePlan, days, createPrng("test"));
const stageTotal = (rows: HiringRow[], stage: HiringRow["stage"]) =>
  rows.filter((row) => row.stage === stage).reduce((total, row) => total + row.candidates, 0);

describe("generateHiring", () => {
  const shortRows = hiring();
  const longRows = hiring(history);

  it("writes every stage for every unit and day", () => {
    expect(shortRows).toHaveLength(unitNames.length * schema.hiringStages.length * 91);
    expect(shortRows.slice(0, 5).map((row) => row.stage)).toEqual([...schema.hiringStages]);
  });

  it("is deterministic, and a later day only extends the series", () => {
    expect(hiring()).toEqual(shortRows);
    for (const unit of unitNames) {
      const early = shortRows.filter((row) => row.unit === unit);
      expect(longRows.filter((row) => row.unit === unit).slice(0, early.length)).toEqual(early);
    }
  });

  it("never has more candidates in a stage than in the one before", () => {
    const stages = schema.hiringStages.length;
    const widening = longRows.filter(
      (row, index) => index % stages > 0 && row.candidates > (longRows[index - 1]?.candidates ?? 0),
    );
    expect(widening).toEqual([]);
    expect(longRows.filter((row) => row.candidates < 0 || !Number.isInteger(row.candidates))).toEqual([]);
    expect(stageTotal(longRows, "applied")).toBeGreaterThan(stageTotal(longRows, "hired") * 10);
  });

  it("shows Consumer's hiring freeze", () => {
    const consumerIn = (month: string) =>
      longRows.filter((row) => row.unit === "Consumer" && row.day.startsWith(month));
    expect(stageTotal(consumerIn("2025-04"), "applied")).toBeLessThan(
      stageTotal(consumerIn("2024-12"), "applied") * 0.5,
    );
    expect(stageTotal(consumerIn("2025-05"), "offer")).toBeLessThan(
      stageTotal(consumerIn("2024-12"), "offer") * 0.3,
    );
    expect(stageTotal(consumerIn("2025-09"), "applied")).toBeGreaterThan(
      stageTotal(consumerIn("2024-12"), "applied") * 0.8,
    );
  });
});
