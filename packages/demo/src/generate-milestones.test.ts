import { describe, expect, it } from "vitest";
import { isoDay } from "./calendar.ts";
import { acmePlan } from "./company-plan.ts";
import { generateMilestones, type MilestoneRow } from "./generate-milestones.ts";
import { createPrng } from "./prng.ts";

const projectNames = acmePlan.projects.map((project) => project.name);
const milestonesAsOf = (asOf: Date) => generateMilestones(acmePlan, asOf, createPrng("test"));
const quarterEnd = new Date("2024-03-31T00:00:00Z");
const later = new Date("2026-06-30T00:00:00Z");

/** Why a milestone's status contradicts its dates as of `today`, or undefined when it is consistent. */
function inconsistency(milestone: MilestoneRow, today: string): string | undefined {
  const { status, dueOn, completedOn } = milestone;
  if ((status === "done") !== (completedOn !== null)) return "only done milestones have a completion day";
  if (completedOn !== null && completedOn > today) return "completed in the future";
  if (status === "late" && dueOn >= today) return "late before its due day";
  if ((status === "in_progress" || status === "planned") && dueOn < today) return "overdue but not late";
  return undefined;
}

describe("generateMilestones", () => {
  const early = milestonesAsOf(quarterEnd);
  const all = milestonesAsOf(later);

  it("gives every project several milestones and is deterministic", () => {
    expect(milestonesAsOf(quarterEnd)).toEqual(early);
    for (const name of projectNames) {
      expect(early.filter((milestone) => milestone.project === name).length).toBeGreaterThanOrEqual(3);
    }
    expect(all.filter((milestone) => /[{}]/.test(milestone.name))).toEqual([]);
  });

  it("gives each milestone the status its dates call for", () => {
    for (const [asOf, milestones] of [
      [quarterEnd, early],
      [later, all],
    ] as const) {
      const today = isoDay(asOf);
      const wrong = milestones.filter((milestone) => inconsistency(milestone, today) !== undefined);
      expect(wrong).toEqual([]);
    }
  });

  it("has a past and a roadmap", () => {
    const statuses = new Set(all.map((milestone) => milestone.status));
    expect(statuses).toEqual(new Set(["done", "late", "in_progress", "planned"]));
    expect(early.some((milestone) => milestone.status === "planned")).toBe(true);
  });

  it("keeps the same milestones when asOf moves on, only adding later ones", () => {
    for (const name of projectNames) {
      const before = early.filter((milestone) => milestone.project === name);
      const after = all.filter((milestone) => milestone.project === name);
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.slice(0, before.length).map(({ name, dueOn }) => ({ name, dueOn }))).toEqual(
        before.map(({ name, dueOn }) => ({ name, dueOn })),
      );
    }
  });
});
