import { schema } from "@penny/db";
import { arrTrend } from "./arr-trend.ts";
import type { CalendarDay } from "./calendar.ts";
import { type CompanyPlan, type ProjectPlan, type UnitKind, unitOf } from "./company-plan.ts";
import { incidentTitle } from "./incident-titles.ts";
import type { Prng } from "./prng.ts";

/** One `incidents` row before it belongs to a tenant: the project is named, not yet an id. */
export type IncidentRow = Omit<
  typeof schema.incidents.$inferSelect,
  "tenantId" | "id" | "createdAt" | "projectId"
> & { project: string };

type Severity = IncidentRow["severity"];

const HOUR_MS = 3_600_000;
/** Incidents a $5M-ARR project opens on an average weekday; bigger projects have more, not proportionally more. */
const dailyRates: Record<Severity, number> = { sev1: 0.0015, sev2: 0.012, sev3: 0.05 };
/** How long an incident stays open: a median and a spread (log-space deviation). A sev1 is all hands. */
const resolution: Record<Severity, { medianHours: number; spread: number }> = {
  sev1: { medianHours: 3, spread: 0.6 },
  sev2: { medianHours: 18, spread: 0.8 },
  sev3: { medianHours: 96, spread: 0.9 },
};

/**
 * Every project's incidents up to `asOf`, oldest first: mostly sev3, a sev1 now and then, more on weekdays and in
 * working hours, plus the plan's scripted ones. An incident still being worked on at `asOf` has no `closedAt`.
 * Whether an incident happens never depends on `asOf`, so a later `asOf` only adds incidents and closes open ones.
 */
export function generateIncidents(
  plan: CompanyPlan,
  days: readonly CalendarDay[],
  asOf: Date,
  prng: Prng,
): IncidentRow[] {
  const rows = plan.projects.flatMap((project) => [
    ...randomIncidents(project, unitOf(plan, project).kind, days, prng.fork(`incidents/${project.name}`)),
    ...(project.scriptedIncidents ?? []).map((incident) => {
      const openedAt = Date.parse(incident.openedAt);
      return { ...incident, project: project.name, openedAt, closesAt: openedAt + incident.hours * HOUR_MS };
    }),
  ]);
  return rows
    .filter((incident) => incident.openedAt <= asOf.getTime())
    .sort((first, second) => first.openedAt - second.openedAt)
    .map(({ project, severity, title, openedAt, closesAt }) => ({
      project,
      severity,
      title,
      openedAt: new Date(openedAt),
      closedAt: closesAt <= asOf.getTime() ? new Date(closesAt) : null,
    }));
}

interface PlannedIncident {
  project: string;
  severity: Severity;
  title: string;
  openedAt: number;
  closesAt: number;
}

function randomIncidents(
  project: ProjectPlan,
  kind: UnitKind,
  days: readonly CalendarDay[],
  random: Prng,
): PlannedIncident[] {
  const incidents: PlannedIncident[] = [];
  for (const day of days) {
    const size = Math.min(1.8, Math.max(0.5, Math.sqrt(arrTrend(project, day.time) / 5_000_000)));
    for (const severity of schema.incidentSeverities) {
      const count = random.poisson(dailyRates[severity] * size * (day.isWeekend ? 0.5 : 1));
      for (let index = 0; index < count; index++) {
        const hour = random.chance(0.7) ? random.between(8, 19) : random.between(0, 24);
        const openedAt = roundToMinute(day.time + hour * HOUR_MS);
        const { medianHours, spread } = resolution[severity];
        const hoursOpen = Math.max(0.25, medianHours * random.noise(spread));
        incidents.push({
          project: project.name,
          severity,
          title: incidentTitle(kind, severity, random),
          openedAt,
          closesAt: roundToMinute(openedAt + hoursOpen * HOUR_MS),
        });
      }
    }
  }
  return incidents;
}

function roundToMinute(time: number): number {
  return Math.round(time / 60_000) * 60_000;
}
