import { z } from "zod";

/** A figure beside the one it is compared with: the difference and the relative difference in percent. */
export const figureChangeSchema = z.object({
  change: z.number().nullable(),
  /** Null when there is nothing to compare with or the earlier figure is zero. */
  changePercent: z.number().nullable(),
});
export type FigureChange = z.output<typeof figureChangeSchema>;

/** How `value` moved from `previous`; null parts where either is missing. */
export function figureChange(value: number | null, previous: number | null): FigureChange {
  if (value === null || previous === null) return { change: null, changePercent: null };
  const change = value - previous;
  return { change, changePercent: previous === 0 ? null : (change / Math.abs(previous)) * 100 };
}

/** `part` as a percentage of `whole`, or null when the whole is missing or zero. */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return (part / whole) * 100;
}
