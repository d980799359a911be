import { z } from "zod";

const position = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  w: z.number().int().min(1),
  h: z.number().int().min(1),
});

/**
 * One tile of a dashboard. `drillDown` describes what a click narrows or opens; its shape belongs to the dashboards
 * package (a list of targets), so it is kept as given, bounded in size by the kind's byte cap.
 */
export const dashboardWidgetSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.string().min(1).max(100),
  title: z.string().min(1).max(200),
  position,
  drillDown: z.unknown().optional(),
});

/** A dashboard artifact (`application/vnd.penny.dashboard+json`): filters, widgets and an optional layout. */
export const dashboardSpecSchema = z
  .object({
    slug: z.string().min(1).max(100).optional(),
    title: z.string().min(1).max(200),
    filters: z.object({
      period: z.string().min(1).max(100).optional(),
      businessUnitId: z.string().min(1).max(100).optional(),
      projectId: z.string().min(1).max(100).optional(),
    }),
    widgets: z.array(dashboardWidgetSchema).max(200),
    layout: z.array(z.unknown()).optional(),
  })
  .superRefine((spec, context) => {
    const seen = new Set<string>();
    spec.widgets.forEach((widget, index) => {
      if (seen.has(widget.id)) {
        context.addIssue({
          code: "custom",
          path: ["widgets", index, "id"],
          message: `duplicate widget id "${widget.id}"`,
        });
      }
      seen.add(widget.id);
    });
  });

export type DashboardSpec = z.infer<typeof dashboardSpecSchema>;
