import { describe, expect, it } from "vitest";
import { estimateCost } from "./estimate-cost.ts";

describe("estimateCost", () => {
  it("prices input and output tokens per million", () => {
    const cost = estimateCost(
      { inputCostPerMillion: 3, outputCostPerMillion: 15 },
      { inputTokens: 2000, outputTokens: 500 },
    );
    expect(cost).toBeCloseTo(0.006 + 0.0075, 10);
  });

  it("counts a missing token count as zero and a free local model as zero", () => {
    expect(estimateCost({ inputCostPerMillion: 2 }, { inputTokens: 1_000_000 })).toBe(2);
    expect(
      estimateCost(
        { inputCostPerMillion: 0, outputCostPerMillion: 0 },
        { inputTokens: 10, outputTokens: 10 },
      ),
    ).toBe(0);
  });

  it("is unknown, not free, for a model without prices", () => {
    expect(estimateCost({}, { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });
});
