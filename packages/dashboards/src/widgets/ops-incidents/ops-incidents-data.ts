import { schema } from "@penny/db";
import { z } from "zod";
import { dateWindowSchema } from "../../period-window.ts";

const severity = z.enum(schema.incidentSeverities);

/**
 * The ops-incidents widget's figures: what is open now by severity, incidents opened and closed per week of the
 * window, the mean time to resolve those closed in the window, and the projects with the worst incidents.
 */
export const opsIncidentsData = z.object({
  window: dateWindowSchema,
  openBySeverity: z.array(z.object({ severity, open: z.int() })),
  openIncidents: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      severity,
      projectId: z.uuid(),
      project: z.string(),
      openedAt: z.iso.datetime(),
    }),
  ),
  /** Weeks start on Monday (UTC); `week` is that Monday. */
  weekly: z.array(z.object({ week: z.iso.date(), opened: z.int(), closed: z.int() })),
  resolution: z.object({
    resolved: z.int(),
    /** Null when nothing was closed in the window. */
    meanHours: z.number().nullable(),
    bySeverity: z.array(z.object({ severity, resolved: z.int(), meanHours: z.number().nullable() })),
  }),
  /** Ranked by score = 10 × sev1 + 3 × sev2 + sev3 opened in the window. */
  worstProjects: z.array(
    z.object({
      projectId: z.uuid(),
      project: z.string(),
      businessUnitId: z.uuid(),
      businessUnit: z.string(),
      opened: z.int(),
      sev1: z.int(),
      sev2: z.int(),
      sev3: z.int(),
      open: z.int(),
      score: z.int(),
    }),
  ),
});
export type OpsIncidentsData = z.output<typeof opsIncidentsData>;
