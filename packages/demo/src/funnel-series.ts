import type { CalendarDay } from "./calendar.ts";
import { createDrift } from "./drift.ts";
import type { Prng } from "./prng.ts";

export interface FunnelOptions {
  days: readonly CalendarDay[];
  /** How many stages, top first. */
  stageCount: number;
  /** The expected size of the top stage on a day. */
  top: (day: CalendarDay) => number;
  /** The expected share of stage `stage - 1` found in `stage` on a day (called for stage ≥ 1). */
  conversion: (stage: number, day: CalendarDay) => number;
}

/** A funnel on one day: a count per stage, and a factor around 1 per stage for funnels whose entries carry a value. */
export interface FunnelSnapshot {
  day: CalendarDay;
  counts: number[];
  sizes: number[];
}

/**
 * A daily snapshot of a funnel (sales deals, job candidates). Every stage drifts slowly around its expected share,
 * so charts show runs and dips rather than static; no stage ever holds more than the one above it. Nothing moves at
 * weekends: Saturday and Sunday repeat Friday.
 */
export function funnelSeries(options: FunnelOptions, prng: Prng): FunnelSnapshot[] {
  const countDrifts = Array.from({ length: options.stageCount }, () =>
    createDrift(prng, { volatility: 0.03, reversion: 0.08 }),
  );
  const sizeDrifts = Array.from({ length: options.stageCount }, () =>
    createDrift(prng, { volatility: 0.02, reversion: 0.05 }),
  );
  const snapshots: FunnelSnapshot[] = [];
  let previous: FunnelSnapshot | undefined;
  for (const day of options.days) {
    if (day.isWeekend && previous) {
      previous = { ...previous, day };
    } else {
      const counts: number[] = [];
      countDrifts.forEach((drift, stage) => {
        const above = counts[stage - 1];
        const expected = above === undefined ? options.top(day) : above * options.conversion(stage, day);
        const count = Math.round(expected * drift());
        counts.push(above === undefined ? count : Math.min(count, above));
      });
      previous = { day, counts, sizes: sizeDrifts.map((drift) => drift()) };
    }
    snapshots.push(previous);
  }
  return snapshots;
}
