/**
 * A seeded pseudo-random source, so the demo company is the same on every install and in every test. Not for
 * anything secret: use node:crypto there.
 */
export interface Prng {
  /** The label this source was created from; forks derive theirs from it. */
  readonly seed: string;
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** A normally distributed float. */
  normal(mean?: number, deviation?: number): number;
  /** A positive factor around 1 whose logarithm is normal with `deviation`: multiplicative noise. */
  noise(deviation: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** A Poisson-distributed count: how many of a rare event happen in one interval. */
  poisson(mean: number): number;
  pick<T>(items: readonly T[]): T;
  /**
   * An independent source for one part of the data (`kpi/Atlas`). Forking does not advance this source, so adding
   * a project or a generator never changes the numbers of the others.
   */
  fork(label: string): Prng;
}

/** A source seeded from a text label. */
export function createPrng(seed: string): Prng {
  const next = mulberry32(fnv1a(seed));
  const prng: Prng = {
    seed,
    next,
    between: (min, max) => min + next() * (max - min),
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal: (mean = 0, deviation = 1) => {
      // Box-Muller; 1 - next() keeps the logarithm away from 0.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      return mean + deviation * radius * Math.cos(2 * Math.PI * next());
    },
    noise: (deviation) => Math.exp(prng.normal(0, deviation)),
    chance: (probability) => next() < probability,
    poisson: (mean) => {
      // Knuth's method: fine for the small means the demo draws.
      const limit = Math.exp(-mean);
      let count = 0;
      for (let product = next(); product > limit; product *= next()) count++;
      return count;
    },
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick() needs at least one item");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    fork: (label) => createPrng(`${seed}/${label}`),
  };
  return prng;
}

/** Mulberry32: a 32-bit state, fast and well spread, plenty for sample data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: turns a label into a 32-bit seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
