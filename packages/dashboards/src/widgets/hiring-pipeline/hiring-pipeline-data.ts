import { schema } from "@penny/db";
import { z } from "zod";
import { figureChangeSchema } from "../../figure-change.ts";
import { dateWindowSchema } from "../../period-window.ts";

const stage = z.enum(schema.hiringStages);

/**
 * The hiring-pipeline widget's figures on the window's last day with a snapshot: candidates per stage (`hired`
 * counts people hired in the 30 days before) against the same day a week earlier, and the offer → hired rate.
 */
export const hiringPipelineData = z.object({
  window: dateWindowSchema,
  /** The snapshot day shown; null when the window has no hiring figures. */
  day: z.iso.date().nullable(),
  /** The day compared with: seven days before `day`. */
  weekAgo: z.iso.date().nullable(),
  stages: z.array(
    z.object({ stage, candidates: z.int(), weekAgo: z.int().nullable(), ...figureChangeSchema.shape }),
  ),
  /** Hired ÷ offers on `day`: the share of the offer stage that the hired stage holds; null without offers. */
  offerToHiredRate: z.number().nullable(),
  byUnit: z.array(
    z.object({ stage, businessUnitId: z.uuid(), businessUnit: z.string(), candidates: z.int() }),
  ),
  trend: z.array(z.object({ day: z.iso.date(), stage, candidates: z.int() })),
});
export type HiringPipelineData = z.output<typeof hiringPipelineData>;
