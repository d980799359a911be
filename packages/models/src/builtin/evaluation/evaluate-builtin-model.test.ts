import { describe, expect, it } from "vitest";
import { evaluateBuiltinModel } from "./evaluate-builtin-model.ts";
import { evaluationCases } from "./evaluation-cases.ts";

describe("the built-in model on the evaluation set", () => {
  it("holds its measured accuracy (a regression guard; the README reports the figures)", async () => {
    const report = await evaluateBuiltinModel();
    console.log(
      `built-in model: ${report.correct}/${report.total} (${(report.accuracy * 100).toFixed(1)} %), held-out ${report.bySplit["held-out"].correct}/${report.bySplit["held-out"].total}`,
    );
    expect(report.total).toBe(evaluationCases.length);
    expect(report.total).toBeGreaterThanOrEqual(110);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.bySplit["held-out"].accuracy).toBeGreaterThanOrEqual(0.8);
    // Small talk never triggers a tool, in either language.
    expect(report.byCategory["no-tool"]?.accuracy).toBe(1);
  });

  it("the judge can fail: a case expecting the wrong tool is counted wrong", async () => {
    const report = await evaluateBuiltinModel([
      {
        text: "What's our revenue this quarter?",
        expect: { tool: "load_dashboard", args: {} },
        category: "kpis",
        split: "dev",
      },
    ]);
    expect(report.correct).toBe(0);
    expect(report.failures[0]?.got.toolCalls[0]?.toolName).toBe("get_company_kpis");
  });
});
