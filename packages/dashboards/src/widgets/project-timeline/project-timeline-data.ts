import { schema } from "@penny/db";
import { z } from "zod";
import { dateWindowSchema } from "../../period-window.ts";

const status = z.enum(schema.milestoneStatuses);
const statusCounts = { planned: z.int(), inProgress: z.int(), done: z.int(), late: z.int() };

/**
 * The project-timeline widget's figures: each project's milestones due from the window's start to 90 days after
 * today plus every overdue one, with their status on today, and the counts per project for a Gantt-like view.
 */
export const projectTimelineData = z.object({
  window: dateWindowSchema,
  today: z.iso.date(),
  /** The last due date shown. */
  until: z.iso.date(),
  milestones: z.array(
    z.object({
      milestoneId: z.uuid(),
      projectId: z.uuid(),
      project: z.string(),
      businessUnitId: z.uuid(),
      businessUnit: z.string(),
      name: z.string(),
      dueOn: z.iso.date(),
      completedOn: z.iso.date().nullable(),
      status,
      /** Days past due: until completion for a done milestone, until today for a late one; 0 when on time. */
      daysLate: z.int().nonnegative(),
    }),
  ),
  byProject: z.array(
    z.object({
      projectId: z.uuid(),
      project: z.string(),
      businessUnit: z.string(),
      ...statusCounts,
      /** The earliest due date of a milestone not yet done, or null. */
      nextDueOn: z.iso.date().nullable(),
    }),
  ),
  totals: z.object(statusCounts),
});
export type ProjectTimelineData = z.output<typeof projectTimelineData>;
