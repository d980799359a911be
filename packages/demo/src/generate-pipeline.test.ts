import { schema } from "@penny/db";
import { describe, expect, it } from "vitest";
import { demoCalendar } from "./calendar.ts";
import { acmePlan } from "./company-plan.ts";
import { generatePipeline, type PipelineRow } from "./generate-pipeline.ts";
import { createPrng } from "./prng.ts";

const unitNames = acmePlan.units.map((unit) => unit.name);
const quarter = demoCalendar(new Date("2024-03-31T00:00:00Z"));
const history = demoCalendar(new Date("2026-12-31T00:00:00Z"));
const pipeline = (days = quarter) => generatePipeline(acmePlan, days, createPrng("test"));

/** The five stage rows of each unit and day, lead first. */
function funnels(rows: PipelineRow[]): PipelineRow[][] {
  const groups = new Map<string, PipelineRow[]>();
  for (const row of rows) {
    const key = `${row.unit}/${row.day}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

describe("generatePipeline", () => {
  const shortRows = pipeline();
  const longRows = pipeline(history);

  it("writes every stage for every unit and day, in funnel order", () => {
    expect(shortRows).toHaveLength(unitNames.length * schema.pipelineStages.length * 91);
    for (const funnel of funnels(shortRows)) {
      expect(funnel.map((row) => row.stage)).toEqual([...schema.pipelineStages]);
    }
  });

  it("is deterministic, and a later day only extends the series", () => {
    expect(pipeline()).toEqual(shortRows);
    for (const unit of unitNames) {
      const early = shortRows.filter((row) => row.unit === unit);
      expect(longRows.filter((row) => row.unit === unit).slice(0, early.length)).toEqual(early);
    }
  });

  it("narrows from lead to won every day", () => {
    const widening = funnels(longRows).filter(
      (funnel) =>
        funnel.some((row, index) => index > 0 && row.deals > (funnel[index - 1]?.deals ?? 0)) ||
        (funnel[0]?.deals ?? 0) <= (funnel.at(-1)?.deals ?? 0) * 3 ||
        (funnel[0]?.amount ?? 0) <= (funnel.at(-1)?.amount ?? 0),
    );
    expect(widening).toEqual([]);
    expect(longRows.filter((row) => row.amount < 0 || !Number.isInteger(row.deals))).toEqual([]);
  });

  it("holds still at weekends", () => {
    const saturday = shortRows.filter((row) => row.day === "2024-01-06");
    const friday = shortRows.filter((row) => row.day === "2024-01-05");
    expect(saturday.map(({ day, ...row }) => row)).toEqual(friday.map(({ day, ...row }) => row));
  });

  it("wins more in the last days of a quarter", () => {
    const winShare = (days: string[]) => {
      const rows = longRows.filter((row) => days.includes(row.day.slice(5)));
      const won = rows.filter((row) => row.stage === "won").reduce((total, row) => total + row.deals, 0);
      const negotiating = rows
        .filter((row) => row.stage === "negotiation")
        .reduce((total, row) => total + row.deals, 0);
      return won / negotiating;
    };
    expect(
      winShare(["03-27", "03-28", "06-26", "06-27", "09-26", "09-27", "12-26", "12-27"]),
    ).toBeGreaterThan(winShare(["02-13", "02-14", "05-14", "05-15", "08-13", "08-14", "11-13", "11-14"]));
  });
});
