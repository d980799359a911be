import { resultRows, type schema, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";
import { windowInstants } from "../../period-window.ts";
import type { ResolvedDashboardFilters } from "../../resolved-dashboard-filters.ts";
import { projectScope } from "../../scope-conditions.ts";

type Severity = (typeof schema.incidentSeverities)[number];

interface IncidentQuery {
  filters: ResolvedDashboardFilters;
  now: Date;
}

/** Incidents open at `now` (opened, not yet closed), oldest first, with their project. */
export async function selectOpenIncidents(tx: Tx, { filters, now }: IncidentQuery) {
  const result = await tx.execute(sql`
    select i.id, i.title, i.severity, p.id as "projectId", p.name as project,
           to_char(i.opened_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "openedAt"
      from incidents i
      join projects p on p.id = i.project_id
     where i.opened_at <= ${now.toISOString()}::timestamptz
       and (i.closed_at is null or i.closed_at > ${now.toISOString()}::timestamptz)
       and ${projectScope(filters)}
     order by i.opened_at, i.id`);
  return resultRows<{
    id: string;
    title: string;
    severity: Severity;
    projectId: string;
    project: string;
    openedAt: string;
  }>(result);
}

/** Incidents opened and closed in each week (Monday, UTC) the window touches, counting only the window's days. */
export async function selectWeeklyIncidents(tx: Tx, { filters }: { filters: ResolvedDashboardFilters }) {
  const { window } = filters;
  const { start, end } = windowInstants(window);
  const result = await tx.execute(sql`
    with weeks as (
      select generate_series(date_trunc('week', ${window.from}::timestamp),
                             date_trunc('week', ${window.to}::timestamp), interval '1 week') as week
    ),
    scoped as (
      select i.opened_at, i.closed_at
        from incidents i
        join projects p on p.id = i.project_id
       where ${projectScope(filters)}
    )
    select to_char(w.week, 'YYYY-MM-DD') as week,
           (select count(*)::int from scoped s
             where s.opened_at >= ${start}::timestamptz and s.opened_at < ${end}::timestamptz
               and date_trunc('week', s.opened_at at time zone 'UTC') = w.week) as opened,
           (select count(*)::int from scoped s
             where s.closed_at >= ${start}::timestamptz and s.closed_at < ${end}::timestamptz
               and date_trunc('week', s.closed_at at time zone 'UTC') = w.week) as closed
      from weeks w
     order by w.week`);
  return resultRows<{ week: string; opened: number; closed: number }>(result);
}

/** How many incidents of each severity were closed in the window and their mean hours from opening to closing. */
export async function selectResolutionTimes(tx: Tx, { filters }: { filters: ResolvedDashboardFilters }) {
  const { start, end } = windowInstants(filters.window);
  const result = await tx.execute(sql`
    select i.severity, count(*)::int as resolved,
           sum(extract(epoch from (i.closed_at - i.opened_at)) / 3600)::float8 as "totalHours"
      from incidents i
      join projects p on p.id = i.project_id
     where i.closed_at >= ${start}::timestamptz and i.closed_at < ${end}::timestamptz and ${projectScope(filters)}
     group by i.severity`);
  return resultRows<{ severity: Severity; resolved: number; totalHours: number }>(result);
}

/**
 * The projects with the most severe incidents opened in the window, weighted sev1 = 10, sev2 = 3, sev3 = 1, with
 * how many of their incidents are open at `now`; projects with neither are left out.
 */
export async function selectWorstProjects(
  tx: Tx,
  { filters, now, limit }: IncidentQuery & { limit: number },
) {
  const { start, end } = windowInstants(filters.window);
  const result = await tx.execute(sql`
    with flagged as (
      select i.project_id, i.severity,
             (i.opened_at >= ${start}::timestamptz and i.opened_at < ${end}::timestamptz) as in_window,
             (i.opened_at <= ${now.toISOString()}::timestamptz
               and (i.closed_at is null or i.closed_at > ${now.toISOString()}::timestamptz)) as is_open
        from incidents i
    ),
    per_project as (
      select p.id as "projectId", p.name as project, u.id as "businessUnitId", u.name as "businessUnit",
             count(*) filter (where f.in_window)::int as opened,
             count(*) filter (where f.in_window and f.severity = 'sev1')::int as sev1,
             count(*) filter (where f.in_window and f.severity = 'sev2')::int as sev2,
             count(*) filter (where f.in_window and f.severity = 'sev3')::int as sev3,
             count(*) filter (where f.is_open)::int as open
        from flagged f
        join projects p on p.id = f.project_id
        join business_units u on u.id = p.business_unit_id
       where ${projectScope(filters)}
       group by p.id, p.name, u.id, u.name
    )
    select *, 10 * sev1 + 3 * sev2 + sev3 as score
      from per_project
     where opened > 0 or open > 0
     order by score desc, open desc, project
     limit ${limit}`);
  return resultRows<{
    projectId: string;
    project: string;
    businessUnitId: string;
    businessUnit: string;
    opened: number;
    sev1: number;
    sev2: number;
    sev3: number;
    open: number;
    score: number;
  }>(result);
}
