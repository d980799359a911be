import { describe, expect, it } from "vitest";
import { evaluateBuiltinModel, evaluationParts } from "./evaluate-builtin-model.ts";

describe("built-in model evaluation", () => {
  it("chooses the right tool and arguments for at least 90% of the phrasings, in every part", async () => {
    const report = await evaluateBuiltinModel();
    const parts = Object.entries(report.byPart)
      .map(
        ([part, figures]) =>
          `${part} ${figures.correct}/${figures.total} (${(figures.accuracy * 100).toFixed(1)}%)`,
      )
      .join(", ");
    console.log(
      `built-in model: ${report.correct}/${report.total} (${(report.accuracy * 100).toFixed(1)}%); ${parts}`,
    );
    for (const failure of report.failures)
      console.log(`  miss [${failure.part}] ${failure.prompt}: ${failure.problem}`);
    const written = Object.values(evaluationParts).reduce((sum, cases) => sum + cases.length, 0);
    expect(report.total).toBe(written);
    expect(report.byPart.development.total).toBeGreaterThanOrEqual(120);
    expect(report.byPart["held-out"].total).toBeGreaterThanOrEqual(30);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const figures of Object.values(report.byPart)) expect(figures.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const category of [
      "kpis",
      "dashboard",
      "chart",
      "jira",
      "notify",
      "search",
      "clarify",
      "none",
      "memory",
    ]) {
      expect(report.byCategory[category]?.total ?? 0).toBeGreaterThan(0);
    }
  });
});
