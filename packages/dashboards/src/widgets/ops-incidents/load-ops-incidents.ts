import { schema } from "@penny/db";
import type { WidgetLoadContext } from "../../widget.ts";
import type { OpsIncidentsData } from "./ops-incidents-data.ts";
import {
  selectOpenIncidents,
  selectResolutionTimes,
  selectWeeklyIncidents,
  selectWorstProjects,
} from "./queries.ts";

/** How many projects the "worst projects" list shows. */
export const WORST_PROJECTS = 5;

/** Open incidents now, the weekly flow over the window, resolution times and the worst projects. */
export async function loadOpsIncidents({ tx, filters, now }: WidgetLoadContext): Promise<OpsIncidentsData> {
  const openIncidents = await selectOpenIncidents(tx, { filters, now });
  const resolutions = await selectResolutionTimes(tx, { filters });
  const bySeverity = schema.incidentSeverities.map((severity) => {
    const row = resolutions.find((resolution) => resolution.severity === severity);
    return {
      severity,
      resolved: row?.resolved ?? 0,
      meanHours: row && row.resolved > 0 ? row.totalHours / row.resolved : null,
    };
  });
  const resolved = resolutions.reduce((total, row) => total + row.resolved, 0);
  const totalHours = resolutions.reduce((total, row) => total + row.totalHours, 0);
  return {
    window: filters.window,
    openBySeverity: schema.incidentSeverities.map((severity) => ({
      severity,
      open: openIncidents.filter((incident) => incident.severity === severity).length,
    })),
    openIncidents,
    weekly: await selectWeeklyIncidents(tx, { filters }),
    resolution: { resolved, meanHours: resolved > 0 ? totalHours / resolved : null, bySeverity },
    worstProjects: await selectWorstProjects(tx, { filters, now, limit: WORST_PROJECTS }),
  };
}
