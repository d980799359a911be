import { z } from "zod";
import { widgetPositionSchema } from "./widget-position.ts";

/**
 * One loaded tile of a dashboard. `data` follows the `dataSchema` of the widget of that `kind` (an API declares
 * the precise shape per kind); `charts` are Vega-Lite v5 specs with the data inline.
 */
export const dashboardWidgetResultSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  position: widgetPositionSchema,
  data: z.unknown(),
  charts: z.array(z.record(z.string(), z.unknown())),
});
export type DashboardWidgetResult = z.output<typeof dashboardWidgetResultSchema>;
