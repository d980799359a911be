import type { Prng } from "./prng.ts";

export interface DriftOptions {
  /** The standard deviation of one step, in log space. */
  volatility: number;
  /** How strongly each step pulls back towards 1, between 0 (a free walk) and 1 (plain noise). */
  reversion: number;
}

/**
 * A factor that wanders slowly around 1 (a mean-reverting walk in log space). Daily figures multiplied by it move
 * the way real ones do — a few good weeks, then a dip — instead of jumping independently every day.
 */
export function createDrift(prng: Prng, options: DriftOptions): () => number {
  let level = 0;
  return () => {
    level = level * (1 - options.reversion) + prng.normal(0, options.volatility);
    return Math.exp(level);
  };
}
