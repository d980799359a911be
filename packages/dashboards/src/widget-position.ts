import { z } from "zod";

/** Columns of the dashboard grid. */
export const GRID_COLUMNS = 12;

/** Where a widget sits on the 12-column grid: column and row of its top-left cell, width and height in cells. */
export const widgetPositionSchema = z.object({
  x: z
    .int()
    .min(0)
    .max(GRID_COLUMNS - 1),
  y: z.int().min(0),
  w: z.int().min(1).max(GRID_COLUMNS),
  h: z.int().min(1),
});
export type WidgetPosition = z.output<typeof widgetPositionSchema>;
