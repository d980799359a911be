import { describe, expect, it } from "vitest";
import { estimateComplexity, explainComplexity } from "./estimate-complexity.ts";

describe("estimateComplexity", () => {
  it.each(["Hi!", "What time is it in Lima?", "Translate 'good morning' to French"])(
    "calls %j simple",
    (text) => {
      expect(estimateComplexity(text)).toBe("small");
    },
  );

  it.each([
    ["Compare PostgreSQL and MySQL for our workload", "reasoning"],
    ["Why does the build fail on Node 20?", "reasoning"],
    ["¿Por qué bajaron las ventas en marzo?", "reasoning"],
    ["Compara los dos contratos", "reasoning"],
    ["Haz un análisis del trimestre", "reasoning"],
    ["Fix this:\n```ts\nconst x = 1\n```", "code"],
  ])("calls %j complex because of %s", (text, signal) => {
    const estimate = explainComplexity(text);
    expect(estimate.size).toBe("large");
    expect(estimate.signals).toContain(signal);
  });

  it("adds up weaker signals: several questions and a long history", () => {
    const text = "Is it open? Is it near?";
    expect(estimateComplexity(text)).toBe("small");
    expect(estimateComplexity(text, { historyLength: 20 })).toBe("large");
  });

  it("calls a long request complex", () => {
    expect(estimateComplexity("word ".repeat(200))).toBe("large");
  });

  it("weighs many tools", () => {
    expect(explainComplexity("Book it. Is it free?", { toolCount: 8 }).signals).toEqual(["many tools"]);
  });
});
