import { resultRows, type schema, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";
import type { ResolvedDashboardFilters } from "../../resolved-dashboard-filters.ts";
import { projectScope } from "../../scope-conditions.ts";

type MilestoneStatus = (typeof schema.milestoneStatuses)[number];

/**
 * Milestones due from the window's first day up to `until`, plus every earlier one still not done, with the status
 * they have on `today`: done when completed, late when due before today and not done, otherwise as planned.
 */
export async function selectTimelineMilestones(
  tx: Tx,
  { filters, today, until }: { filters: ResolvedDashboardFilters; today: string; until: string },
) {
  const result = await tx.execute(sql`
    select m.id as "milestoneId", p.id as "projectId", p.name as project,
           u.id as "businessUnitId", u.name as "businessUnit", m.name,
           m.due_on::text as "dueOn", m.completed_on::text as "completedOn",
           case when m.status = 'done' then 'done'
                when m.due_on < ${today}::date then 'late'
                else m.status end as status
      from milestones m
      join projects p on p.id = m.project_id
      join business_units u on u.id = p.business_unit_id
     where ${projectScope(filters)}
       and (m.due_on between ${filters.window.from}::date and ${until}::date
            or (m.status <> 'done' and m.due_on < ${today}::date))
     order by p.name, m.due_on, m.name`);
  return resultRows<{
    milestoneId: string;
    projectId: string;
    project: string;
    businessUnitId: string;
    businessUnit: string;
    name: string;
    dueOn: string;
    completedOn: string | null;
    status: MilestoneStatus;
  }>(result);
}
