import { describe, expect, it } from "vitest";
import { healthScore } from "./health-score.ts";

describe("healthScore", () => {
  it("weighs growth, margin and efficiency as documented", () => {
    // growth 0.5 + 5/20 = 0.75, margin 45/60 = 0.75, efficiency 1 − 20/100 = 0.8 → 100 × (0.3 + 0.2625 + 0.2)
    const score = healthScore({ arr: 105, previousArr: 100, grossMarginPercent: 45, revenue: 100, burn: 20 });
    expect(score.growth).toBeCloseTo(0.75, 10);
    expect(score.margin).toBeCloseTo(0.75, 10);
    expect(score.efficiency).toBeCloseTo(0.8, 10);
    expect(score.score).toBe(76);
  });

  it("clamps each part to 0…1", () => {
    const strong = healthScore({ arr: 200, previousArr: 100, grossMarginPercent: 90, revenue: 100, burn: 0 });
    expect(strong).toEqual({ score: 100, growth: 1, margin: 1, efficiency: 1 });
    const weak = healthScore({ arr: 50, previousArr: 100, grossMarginPercent: -10, revenue: 100, burn: 300 });
    expect(weak).toEqual({ score: 0, growth: 0, margin: 0, efficiency: 0 });
  });

  it("is neutral on growth without an earlier ARR and empty without figures", () => {
    expect(
      healthScore({ arr: 10, previousArr: null, grossMarginPercent: 60, revenue: 10, burn: 10 }).growth,
    ).toBe(0.5);
    expect(
      healthScore({ arr: null, previousArr: null, grossMarginPercent: null, revenue: null, burn: null }),
    ).toEqual({ score: null, growth: null, margin: null, efficiency: null });
  });
});
