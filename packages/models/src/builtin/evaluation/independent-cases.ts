import type { EvaluationCase, ExpectedValue } from "./evaluation-case.ts";
import { type EvaluationCase as CompactCase, evaluationCases } from "./evaluation-cases.ts";

const categories: Record<CompactCase["category"], EvaluationCase["category"]> = {
  kpis: "kpis",
  dashboards: "dashboard",
  jira: "jira",
  documents: "search",
  clarify: "clarify",
  "no-tool": "none",
};

/**
 * The phrasings another engineer wrote (evaluation-cases.ts) while this planner was still being built, read into
 * this evaluation's shape. They name only the arguments they care about, so other arguments are allowed.
 */
export const independentCases: EvaluationCase[] = evaluationCases.map((compact) => {
  const expected = compact.expect;
  const expect: EvaluationCase["expect"] =
    "tool" in expected
      ? {
          kind: "tool",
          tool: expected.tool,
          args: expected.args as Record<string, ExpectedValue>,
          allowOtherArguments: true,
        }
      : "clarify" in expected
        ? { kind: "clarify" }
        : { kind: "none" };
  return { prompt: compact.text, category: categories[compact.category], expect };
});
