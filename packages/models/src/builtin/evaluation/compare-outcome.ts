import type { EntityCatalogue } from "../entity-catalogue.ts";
import { normalizeText } from "../normalize-text.ts";
import type { Expectation, ExpectedValue } from "./evaluation-case.ts";

/** What the model did with one phrasing, as read from generateText. */
export interface ObservedOutcome {
  decision: string;
  language?: string;
  text: string;
  toolName?: string;
  input?: Record<string, unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function matchesValue(
  expected: ExpectedValue,
  actual: unknown,
  catalogue: EntityCatalogue,
  defaults: Record<string, unknown>,
): string | undefined {
  if (isPlainObject(expected) && "entity" in expected && typeof expected.entity === "string") {
    const name = expected.entity;
    const entity = [...catalogue.projects, ...catalogue.businessUnits].find(
      (candidate) => candidate.name === name,
    );
    return entity && actual === entity.id
      ? undefined
      : `expected the id of ${name}, got ${JSON.stringify(actual)}`;
  }
  if (isPlainObject(expected) && "includes" in expected && Array.isArray(expected.includes)) {
    const haystack = normalizeText(typeof actual === "string" ? actual : JSON.stringify(actual ?? ""));
    const missing = expected.includes.filter(
      (word) => typeof word === "string" && !haystack.includes(normalizeText(word)),
    );
    return missing.length === 0
      ? undefined
      : `expected ${JSON.stringify(actual)} to contain ${missing.join(", ")}`;
  }
  if (isPlainObject(expected)) {
    return isPlainObject(actual)
      ? compareArguments(expected as Record<string, ExpectedValue>, actual, catalogue, defaults)
      : `expected an object, got ${JSON.stringify(actual)}`;
  }
  return expected === actual
    ? undefined
    : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** Compares arguments key by key; an argument the case does not name is allowed only when it is the schema default. */
function compareArguments(
  expected: Record<string, ExpectedValue>,
  actual: Record<string, unknown>,
  catalogue: EntityCatalogue,
  defaults: Record<string, unknown>,
  allowOthers = false,
): string | undefined {
  for (const [key, value] of Object.entries(expected)) {
    const problem = matchesValue(value, actual[key], catalogue, defaults);
    if (problem) return `${key}: ${problem}`;
  }
  if (allowOthers) return undefined;
  const extra = Object.keys(actual).filter((key) => !(key in expected) && defaults[key] !== actual[key]);
  return extra.length === 0
    ? undefined
    : `unexpected arguments: ${extra.map((key) => `${key}=${JSON.stringify(actual[key])}`).join(", ")}`;
}

/** Why an outcome does not meet the expectation, or undefined when it does. */
export function compareOutcome(
  expectation: Expectation,
  observed: ObservedOutcome,
  catalogue: EntityCatalogue,
  defaults: Record<string, unknown>,
): string | undefined {
  switch (expectation.kind) {
    case "none":
      return observed.decision === "chat"
        ? undefined
        : `expected no tool, got ${observed.decision} ${observed.toolName ?? observed.text}`;
    case "memory":
      return observed.decision === "memory" && observed.language === expectation.language
        ? undefined
        : `expected a ${expectation.language} acknowledgement, got ${observed.decision} (${observed.language}) ${observed.toolName ?? observed.text}`;
    case "clarify": {
      if (observed.decision !== "clarify")
        return `expected a clarifying question, got ${observed.decision} ${observed.toolName ?? observed.text}`;
      const text = normalizeText(observed.text);
      const missing = (expectation.mentions ?? []).filter((word) => !text.includes(normalizeText(word)));
      return missing.length === 0
        ? undefined
        : `question does not mention ${missing.join(", ")}: ${observed.text}`;
    }
    case "tool":
      if (observed.toolName !== expectation.tool)
        return `expected ${expectation.tool}, got ${observed.toolName ?? `${observed.decision}: ${observed.text}`}`;
      return compareArguments(
        expectation.args,
        observed.input ?? {},
        catalogue,
        defaults,
        expectation.allowOtherArguments ?? false,
      );
  }
}
