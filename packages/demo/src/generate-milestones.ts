import type { schema } from "@penny/db";
import { DAY_MS, DEMO_FIRST_DAY, dayTime, isoDay } from "./calendar.ts";
import { type CompanyPlan, type ProjectPlan, type UnitKind, unitOf } from "./company-plan.ts";
import { milestoneRound } from "./milestone-names.ts";
import type { Prng } from "./prng.ts";

/** One `milestones` row before it belongs to a tenant: the project is named, not yet an id. */
export type MilestoneRow = Omit<
  typeof schema.milestones.$inferSelect,
  "tenantId" | "id" | "createdAt" | "projectId"
> & { project: string };

/** How far past `asOf` the roadmap reaches, so there is always something planned. */
const HORIZON_DAYS = 365;

/**
 * Every project's roadmap from the demo's first day to a year past `asOf`, each milestone with its status as of
 * `asOf`: done (with the day it was done), late (due and not done), in progress (started, not yet due) or planned.
 * Each milestone's dates are drawn once, whatever `asOf` is; `asOf` only decides how far the roadmap reaches and
 * which status each milestone has reached.
 */
export function generateMilestones(plan: CompanyPlan, asOf: Date, prng: Prng): MilestoneRow[] {
  return plan.projects.flatMap((project) =>
    projectMilestones(project, unitOf(plan, project).kind, asOf, prng.fork(`milestones/${project.name}`)),
  );
}

function projectMilestones(project: ProjectPlan, kind: UnitKind, asOf: Date, random: Prng): MilestoneRow[] {
  const today = isoDay(asOf);
  const horizon = asOf.getTime() + HORIZON_DAYS * DAY_MS;
  const firstGeneration = random.integer(2, 4);
  const rows: MilestoneRow[] = [];
  let due = dayTime(DEMO_FIRST_DAY) + random.integer(20, 80) * DAY_MS;
  for (let round = 0; due <= horizon; round++) {
    for (const name of milestoneRound(kind, round, firstGeneration, random)) {
      if (due > horizon) break;
      const dates = {
        startedOn: isoDay(due - random.integer(30, 90) * DAY_MS),
        dueOn: isoDay(due),
        doneOn: isoDay(due + slipDays(random) * DAY_MS),
      };
      const status = statusOn(today, dates);
      rows.push({
        project: project.name,
        name,
        dueOn: dates.dueOn,
        completedOn: status === "done" ? dates.doneOn : null,
        status,
      });
      due += random.integer(45, 120) * DAY_MS;
    }
  }
  return rows;
}

/** Where a milestone stands on `today`, given when work starts, when it is due and when it will actually be done. */
function statusOn(
  today: string,
  dates: { startedOn: string; dueOn: string; doneOn: string },
): MilestoneRow["status"] {
  if (dates.doneOn <= today) return "done";
  if (dates.dueOn < today) return "late";
  return dates.startedOn <= today ? "in_progress" : "planned";
}

/** Half the milestones land on time or a little early, a third slip by up to a month, the rest by months. */
function slipDays(random: Prng): number {
  const draw = random.next();
  if (draw < 0.5) return random.integer(-14, 0);
  if (draw < 0.8) return random.integer(1, 30);
  return random.integer(31, 120);
}
