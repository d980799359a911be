import { z } from "zod";
import { dateWindowSchema } from "../../period-window.ts";

const financeFigures = {
  revenue: z.number(),
  cost: z.number(),
  grossMargin: z.number(),
  grossMarginPercent: z.number().nullable(),
};

/** The finance-snapshot widget's figures: the period's totals, month by month, and the top projects by revenue. */
export const financeSnapshotData = z.object({
  window: dateWindowSchema,
  totals: z.object(financeFigures),
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), ...financeFigures })),
  topProjects: z.array(
    z.object({
      projectId: z.uuid(),
      project: z.string(),
      businessUnitId: z.uuid(),
      businessUnit: z.string(),
      ...financeFigures,
    }),
  ),
});
export type FinanceSnapshotData = z.output<typeof financeSnapshotData>;
