/** An expected argument value: a literal, a catalogue entity by name, or free text that must contain some words. */
export type ExpectedValue =
  | string
  | number
  | boolean
  | { entity: string }
  | { includes: string[] }
  | { [key: string]: ExpectedValue };

/** What the model should do with one phrasing. */
export type Expectation =
  | {
      kind: "tool";
      tool: string;
      args: Record<string, ExpectedValue>;
      /** When true, arguments the case does not name are not checked. */
      allowOtherArguments?: boolean;
    }
  | { kind: "clarify"; mentions?: string[] }
  | { kind: "none" }
  /** Acknowledges a request to remember or forget, in this language, without a tool. */
  | { kind: "memory"; language: "en" | "es" };

/** One phrasing of the evaluation set. */
export interface EvaluationCase {
  prompt: string;
  category: "kpis" | "dashboard" | "chart" | "jira" | "notify" | "search" | "clarify" | "none" | "memory";
  expect: Expectation;
}

/** Shorthands so the case lists read as data. */
export const expectTool = (tool: string, args: Record<string, ExpectedValue>): Expectation => ({
  kind: "tool",
  tool,
  args,
});
export const expectClarify = (...mentions: string[]): Expectation => ({ kind: "clarify", mentions });
export const expectNone = (): Expectation => ({ kind: "none" });
export const expectMemory = (language: "en" | "es"): Expectation => ({ kind: "memory", language });
export const entity = (name: string): ExpectedValue => ({ entity: name });
export const includes = (...words: string[]): ExpectedValue => ({ includes: words });

/** A KPI case: period, and the entity when there is one (unit derived from the catalogue kind). */
export function kpis(
  prompt: string,
  period: string,
  scope?: { project?: string; bu?: string },
): EvaluationCase {
  const args: Record<string, ExpectedValue> = { period, unit: "company" };
  if (scope?.project) Object.assign(args, { unit: "project", id: entity(scope.project) });
  if (scope?.bu) Object.assign(args, { unit: "bu", id: entity(scope.bu) });
  return { prompt, category: "kpis", expect: expectTool("get_company_kpis", args) };
}

/** A dashboard case: the slug and the filters it should carry. */
export function dashboard(
  prompt: string,
  slug: string,
  filters?: { period?: string; project?: string; bu?: string },
): EvaluationCase {
  const expected: Record<string, ExpectedValue> = {};
  if (filters?.period) expected.period = filters.period;
  if (filters?.project) expected.projectId = entity(filters.project);
  if (filters?.bu) expected.businessUnitId = entity(filters.bu);
  const args: Record<string, ExpectedValue> = { slug };
  if (Object.keys(expected).length > 0) args.filters = expected;
  return { prompt, category: "dashboard", expect: expectTool("load_dashboard", args) };
}
