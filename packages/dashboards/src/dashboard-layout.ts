import { z } from "zod";
import { widgetPositionSchema } from "./widget-position.ts";

/** One widget's place in a saved arrangement. */
export const dashboardLayoutEntrySchema = z.object({
  widgetId: z.string().min(1).max(100),
  ...widgetPositionSchema.shape,
});
export type DashboardLayoutEntry = z.output<typeof dashboardLayoutEntrySchema>;

/** A whole arrangement of a dashboard: every widget placed once on the 12-column grid. */
export const dashboardLayoutSchema = z.array(dashboardLayoutEntrySchema).max(50);
export type DashboardLayout = z.output<typeof dashboardLayoutSchema>;
