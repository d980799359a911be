import { generateText, type Tool } from "ai";
import { createBuiltinModel } from "../builtin-language-model.ts";
import { asSchema, propertiesOf } from "../schema-view.ts";
import { compareOutcome, type ObservedOutcome } from "./compare-outcome.ts";
import { developmentCases } from "./development-cases.ts";
import type { EvaluationCase } from "./evaluation-case.ts";
import { evaluationCatalogue } from "./evaluation-catalogue.ts";
import { evaluationTools } from "./evaluation-tools.ts";
import { heldOutCases } from "./held-out-cases.ts";
import { independentCases } from "./independent-cases.ts";

/** The parts of the evaluation: tuned against, written after the logic, and written by someone else. */
export const evaluationParts = {
  development: developmentCases,
  "held-out": heldOutCases,
  independent: independentCases,
} satisfies Record<string, EvaluationCase[]>;

/** The name of one part. */
export type EvaluationPart = keyof typeof evaluationParts;

/** Accuracy over a group of phrasings. */
export interface Tally {
  total: number;
  correct: number;
  accuracy: number;
}

/** One phrasing the model got wrong, and how. */
export interface EvaluationFailure {
  part: EvaluationPart;
  category: string;
  prompt: string;
  problem: string;
}

/** The evaluation's figures: overall, per part and per category, and every miss. */
export interface EvaluationReport extends Tally {
  byPart: Record<EvaluationPart, Tally>;
  byCategory: Record<string, Tally>;
  failures: EvaluationFailure[];
}

function tally(counts: { correct: number; total: number } | undefined): Tally {
  const total = counts?.total ?? 0;
  const correct = counts?.correct ?? 0;
  return { total, correct, accuracy: total === 0 ? 0 : correct / total };
}

/** The `default` of each argument of a tool, so an argument filled with its default is not counted as extra. */
function schemaDefaults(toolName: string | undefined): Record<string, unknown> {
  const definition = toolName ? (evaluationTools[toolName] as Tool | undefined) : undefined;
  const schema = asSchema((definition?.inputSchema as { jsonSchema?: unknown } | undefined)?.jsonSchema);
  return Object.fromEntries(
    propertiesOf(schema).flatMap(([name, property]) =>
      "default" in property ? [[name, property.default]] : [],
    ),
  );
}

/** Drives the built-in model through `generateText` (one step) over every phrasing and scores what it did. */
export async function evaluateBuiltinModel(): Promise<EvaluationReport> {
  const model = createBuiltinModel({
    catalogue: evaluationCatalogue,
    now: () => new Date("2026-11-20T12:00:00Z"),
  });
  const failures: EvaluationFailure[] = [];
  const counts = new Map<string, { correct: number; total: number }>();
  const count = (key: string, correct: boolean) => {
    const entry = counts.get(key) ?? { correct: 0, total: 0 };
    entry.total += 1;
    if (correct) entry.correct += 1;
    counts.set(key, entry);
  };
  for (const [part, cases] of Object.entries(evaluationParts) as [EvaluationPart, EvaluationCase[]][]) {
    for (const evaluationCase of cases) {
      const result = await generateText({ model, tools: evaluationTools, prompt: evaluationCase.prompt });
      const call = result.toolCalls[0];
      const { decision, language } = result.providerMetadata?.penny ?? {};
      const observed: ObservedOutcome = {
        decision: typeof decision === "string" ? decision : "unknown",
        language: typeof language === "string" ? language : undefined,
        text: result.text,
        toolName: call?.toolName,
        input: call?.input as Record<string, unknown> | undefined,
      };
      const problem = compareOutcome(
        evaluationCase.expect,
        observed,
        evaluationCatalogue,
        schemaDefaults(call?.toolName),
      );
      if (problem)
        failures.push({ part, category: evaluationCase.category, prompt: evaluationCase.prompt, problem });
      for (const key of ["all", `part:${part}`, `category:${evaluationCase.category}`]) count(key, !problem);
    }
  }
  const categories = [...counts.keys()].filter((key) => key.startsWith("category:"));
  return {
    ...tally(counts.get("all")),
    byPart: {
      development: tally(counts.get("part:development")),
      "held-out": tally(counts.get("part:held-out")),
      independent: tally(counts.get("part:independent")),
    },
    byCategory: Object.fromEntries(
      categories.map((key) => [key.slice("category:".length), tally(counts.get(key))]),
    ),
    failures,
  };
}
