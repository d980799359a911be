import { z } from "zod";
import { dashboardPeriods } from "./dashboard-filters.ts";
import { dateWindowSchema } from "./period-window.ts";

/** Filters as the widgets use them: the period turned into day windows, the unit and project named. */
export const resolvedDashboardFiltersSchema = z.object({
  period: z.enum(dashboardPeriods),
  window: dateWindowSchema,
  previousWindow: dateWindowSchema,
  businessUnit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  project: z.object({ id: z.uuid(), name: z.string(), businessUnitId: z.uuid() }).nullable(),
});
export type ResolvedDashboardFilters = z.output<typeof resolvedDashboardFiltersSchema>;
