import type { WidgetLoadContext } from "../../widget.ts";
import type { ProjectTimelineData } from "./project-timeline-data.ts";
import { selectTimelineMilestones } from "./queries.ts";

/** How far past today the timeline looks ahead. */
export const LOOK_AHEAD_DAYS = 90;
const DAY_MS = 86_400_000;

type Milestone = ProjectTimelineData["milestones"][number];
type StatusCounts = ProjectTimelineData["totals"];

/** Each project's milestones around the period with their status today, and the counts per project. */
export async function loadProjectTimeline({
  tx,
  filters,
  now,
}: WidgetLoadContext): Promise<ProjectTimelineData> {
  const today = isoDay(now.getTime());
  const until = isoDay(Date.parse(`${today}T00:00:00Z`) + LOOK_AHEAD_DAYS * DAY_MS);
  const rows = await selectTimelineMilestones(tx, { filters, today, until });
  const milestones = rows.map((row) => ({
    ...row,
    daysLate: Math.max(
      0,
      daysBetween(row.dueOn, row.completedOn ?? (row.status === "late" ? today : row.dueOn)),
    ),
  }));
  const projects = new Map<string, ProjectTimelineData["byProject"][number]>();
  for (const milestone of milestones) {
    const project = projects.get(milestone.projectId) ?? {
      projectId: milestone.projectId,
      project: milestone.project,
      businessUnit: milestone.businessUnit,
      ...emptyCounts(),
      nextDueOn: null,
    };
    count(project, milestone);
    if (milestone.status !== "done" && (project.nextDueOn === null || milestone.dueOn < project.nextDueOn)) {
      project.nextDueOn = milestone.dueOn;
    }
    projects.set(milestone.projectId, project);
  }
  const totals = emptyCounts();
  for (const milestone of milestones) count(totals, milestone);
  return { window: filters.window, today, until, milestones, byProject: [...projects.values()], totals };
}

function emptyCounts(): StatusCounts {
  return { planned: 0, inProgress: 0, done: 0, late: 0 };
}

function count(counts: StatusCounts, milestone: Milestone): void {
  if (milestone.status === "in_progress") counts.inProgress++;
  else counts[milestone.status]++;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
