import { z } from "zod";

/**
 * What clicking a mark or row does: narrow the whole dashboard with a filter, or open a detail table built from
 * one of the widget's own row lists, keeping the rows whose `matchOn` equals the clicked value.
 */
export const drillDownTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("filter"), filter: z.enum(["businessUnitId", "projectId"]) }),
  z.object({ kind: z.literal("detail"), rows: z.string(), matchOn: z.string() }),
]);

/** One clickable thing in a widget: the datum field that is clicked and what it narrows. */
export const drillDownSchema = z.object({
  field: z.string(),
  label: z.string(),
  target: drillDownTargetSchema,
});
export type DrillDown = z.output<typeof drillDownSchema>;
