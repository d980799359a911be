import { schema } from "@penny/db";
import { z } from "zod";
import { dateWindowSchema } from "../../period-window.ts";

const stage = z.enum(schema.pipelineStages);

/**
 * The sales-funnel widget's figures on the window's last day with a snapshot: deals and amount per stage (`won`
 * counts the deals won in the 30 days before), the share of each stage found in the next, and the rows per unit.
 */
export const salesFunnelData = z.object({
  window: dateWindowSchema,
  /** The snapshot day shown; null when the window has no pipeline figures. */
  day: z.iso.date().nullable(),
  stages: z.array(z.object({ stage, deals: z.int(), amount: z.number() })),
  /** Deals in `to` ÷ deals in `from` on that day; null when `from` holds no deals. */
  conversions: z.array(z.object({ from: stage, to: stage, rate: z.number().nullable() })),
  totals: z.object({ openDeals: z.int(), openAmount: z.number(), wonDeals: z.int(), wonAmount: z.number() }),
  byUnit: z.array(
    z.object({
      stage,
      businessUnitId: z.uuid(),
      businessUnit: z.string(),
      deals: z.int(),
      amount: z.number(),
    }),
  ),
});
export type SalesFunnelData = z.output<typeof salesFunnelData>;
