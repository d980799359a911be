/**
 * How the company-health score is computed, in words the dashboard shows beside it:
 * - growth = clamp(0.5 + ARR change % ÷ 20): flat ARR scores 0.5, +10 % over the period 1, −10 % 0;
 * - margin = clamp(gross margin % ÷ 60): a 60 % gross margin or better scores 1;
 * - efficiency = clamp(1 − burn ÷ revenue): no burn scores 1, burning as much as the revenue 0;
 * - score = round(100 × (0.40 × growth + 0.35 × margin + 0.25 × efficiency)), from 0 to 100.
 */
export const HEALTH_SCORE_FORMULA =
  "score = round(100 × (0.40 × growth + 0.35 × margin + 0.25 × efficiency)); growth = clamp(0.5 + ARR change % ÷ 20), " +
  "margin = clamp(gross margin % ÷ 60), efficiency = clamp(1 − burn ÷ revenue), each clamped to 0…1";

export interface HealthScoreInputs {
  arr: number | null;
  previousArr: number | null;
  grossMarginPercent: number | null;
  revenue: number | null;
  burn: number | null;
}

export interface HealthScore {
  score: number | null;
  growth: number | null;
  margin: number | null;
  efficiency: number | null;
}

/** The company-health score and its three parts; null parts (and score) when the period has no figures. */
export function healthScore(inputs: HealthScoreInputs): HealthScore {
  const { arr, previousArr, grossMarginPercent, revenue, burn } = inputs;
  if (arr === null || grossMarginPercent === null || revenue === null || revenue <= 0 || burn === null) {
    return { score: null, growth: null, margin: null, efficiency: null };
  }
  // Without an earlier ARR to compare with, growth is neutral rather than missing.
  const arrChangePercent = previousArr ? ((arr - previousArr) / previousArr) * 100 : 0;
  const growth = clamp(0.5 + arrChangePercent / 20);
  const margin = clamp(grossMarginPercent / 60);
  const efficiency = clamp(1 - burn / revenue);
  const score = Math.round(100 * (0.4 * growth + 0.35 * margin + 0.25 * efficiency));
  return { score, growth, margin, efficiency };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
