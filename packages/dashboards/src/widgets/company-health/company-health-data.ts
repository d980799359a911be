import { z } from "zod";
import { figureChangeSchema } from "../../figure-change.ts";
import { dateWindowSchema } from "../../period-window.ts";

export const companyHealthMetricKeys = ["revenue", "grossMarginPercent", "arr", "burn", "headcount"] as const;

const metricSchema = z.object({
  key: z.enum(companyHealthMetricKeys),
  label: z.string(),
  unit: z.enum(["currency", "percent", "people"]),
  /** Null when the period has no figures. */
  value: z.number().nullable(),
  previous: z.number().nullable(),
  ...figureChangeSchema.shape,
});

/** The company-health widget's figures: five headline metrics against the previous period and a health score. */
export const companyHealthData = z.object({
  window: dateWindowSchema,
  previousWindow: dateWindowSchema,
  /** The days ARR and headcount were read on (the last day with figures in each window). */
  snapshotDays: z.object({ current: z.iso.date().nullable(), previous: z.iso.date().nullable() }),
  metrics: z.array(metricSchema),
  healthScore: z.object({
    score: z.number().nullable(),
    growth: z.number().nullable(),
    margin: z.number().nullable(),
    efficiency: z.number().nullable(),
    formula: z.string(),
  }),
  revenueByUnit: z.array(
    z.object({
      businessUnitId: z.uuid(),
      businessUnit: z.string(),
      revenue: z.number(),
      grossMarginPercent: z.number().nullable(),
    }),
  ),
  arrTrend: z.array(z.object({ day: z.iso.date(), arr: z.number() })),
});
export type CompanyHealthData = z.output<typeof companyHealthData>;
