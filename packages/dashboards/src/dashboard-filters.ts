import { z } from "zod";

/** The reporting periods a dashboard offers: month, quarter or year to date. */
export const dashboardPeriods = ["MTD", "QTD", "YTD"] as const;
export type DashboardPeriod = (typeof dashboardPeriods)[number];

/**
 * What every dashboard can be narrowed to. Unknown keys are refused rather than ignored, so a misspelt filter
 * never silently shows the whole company.
 */
export const dashboardFilters = z.strictObject({
  period: z.enum(dashboardPeriods).default("QTD"),
  businessUnitId: z.uuid().optional(),
  projectId: z.uuid().optional(),
});

/** Filters as a caller may give them (period optional). */
export type DashboardFiltersInput = z.input<typeof dashboardFilters>;
/** Filters after validation and defaults. */
export type DashboardFilters = z.output<typeof dashboardFilters>;
