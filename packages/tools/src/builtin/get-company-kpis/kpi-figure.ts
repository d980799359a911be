/** One KPI for a period, beside the previous period's value. */
export interface KpiFigure {
  value: number;
  previous: number;
  /** value − previous. */
  delta: number;
  /** The change as a percentage of the previous value, one decimal; null when there is nothing to compare with. */
  deltaPercent: number | null;
}

/** A figure from this period's and the previous period's value (money rounded to cents, percent to 0.1). */
export function kpiFigure(value: number, previous: number): KpiFigure {
  const delta = Math.round((value - previous) * 100) / 100;
  const deltaPercent = previous === 0 ? null : Math.round((delta / Math.abs(previous)) * 1000) / 10;
  return { value, previous, delta, deltaPercent };
}
