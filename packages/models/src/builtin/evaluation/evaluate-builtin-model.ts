import { generateText } from "ai";
import { createBuiltinModel } from "../builtin-language-model.ts";
import { type EvaluationCase, evaluationCases } from "./evaluation-cases.ts";
import { evaluationCatalogue } from "./evaluation-catalogue.ts";
import { evaluationTools } from "./evaluation-tools.ts";

export interface EvaluationFailure {
  text: string;
  expected: EvaluationCase["expect"];
  got: { toolCalls: { toolName: string; input: unknown }[]; text: string };
}

export interface Accuracy {
  total: number;
  correct: number;
  accuracy: number;
}

export interface EvaluationReport extends Accuracy {
  bySplit: Record<EvaluationCase["split"], Accuracy>;
  byCategory: Record<string, Accuracy>;
  failures: EvaluationFailure[];
}

/** True when `actual` holds every field of `expected` with the same value (arrays and objects compared as JSON). */
function includes(actual: Record<string, unknown>, expected: Record<string, unknown>): boolean {
  return Object.entries(expected).every(
    ([key, value]) => JSON.stringify(actual[key]) === JSON.stringify(value),
  );
}

function judge(testCase: EvaluationCase, got: EvaluationFailure["got"]): boolean {
  const expected = testCase.expect;
  if ("tool" in expected) {
    const call = got.toolCalls[0];
    return (
      got.toolCalls.length === 1 &&
      call?.toolName === expected.tool &&
      includes(call.input as Record<string, unknown>, expected.args)
    );
  }
  // Asking back and answering directly both mean: no tool call, and something said.
  return (
    got.toolCalls.length === 0 &&
    got.text.trim().length > 0 &&
    ("clarify" in expected ? /\?|¿/.test(got.text) : true)
  );
}

function tally(results: { testCase: EvaluationCase; ok: boolean }[]): Accuracy {
  const correct = results.filter((result) => result.ok).length;
  return { total: results.length, correct, accuracy: results.length === 0 ? 0 : correct / results.length };
}

/**
 * Runs every phrasing through the built-in model exactly as the chat does (`generateText` from the AI SDK, one step,
 * with the tools offered) and compares what it did with what a person would expect.
 */
export async function evaluateBuiltinModel(
  cases: EvaluationCase[] = evaluationCases,
): Promise<EvaluationReport> {
  const model = createBuiltinModel({
    catalogue: evaluationCatalogue,
    now: () => new Date("2026-11-20T12:00:00Z"),
  });
  const results: { testCase: EvaluationCase; ok: boolean; got: EvaluationFailure["got"] }[] = [];
  for (const testCase of cases) {
    const result = await generateText({ model, prompt: testCase.text, tools: evaluationTools });
    const got = {
      toolCalls: result.toolCalls.map((call) => ({ toolName: call.toolName, input: call.input })),
      text: result.text,
    };
    results.push({ testCase, ok: judge(testCase, got), got });
  }
  const group = (key: (testCase: EvaluationCase) => string) =>
    Object.fromEntries(
      [...new Set(results.map((result) => key(result.testCase)))].map((name) => [
        name,
        tally(results.filter((result) => key(result.testCase) === name)),
      ]),
    );
  return {
    ...tally(results),
    bySplit: group((testCase) => testCase.split) as EvaluationReport["bySplit"],
    byCategory: group((testCase) => testCase.category),
    failures: results
      .filter((result) => !result.ok)
      .map((result) => ({ text: result.testCase.text, expected: result.testCase.expect, got: result.got })),
  };
}
