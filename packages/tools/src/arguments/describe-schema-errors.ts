import type { ErrorObject } from "ajv/dist/2020.js";
import type { ArgumentProblem } from "../errors/tool-arguments-error.ts";

/**
 * Ajv's errors as sentences a person understands: the JSON path of the offending value and the rule in words,
 * e.g. `/period must be one of MTD, QTD, YTD` or `/id is required when unit is bu or project`. Needs Ajv's
 * `verbose` option (the failing schema is read to word `if`/`then` conditions and list allowed properties).
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  for (const error of errors) {
    // An `if` error only says "must match then"; its condition is folded into the `then` errors instead.
    if (error.keyword === "if") continue;
    const problem = describe(error);
    const condition = conditionOf(error, errors);
    const described = condition ? { ...problem, message: `${problem.message} when ${condition}` } : problem;
    if (!problems.some((seen) => seen.path === described.path && seen.message === described.message)) {
      problems.push(described);
    }
  }
  return problems;
}

function describe(error: ErrorObject): ArgumentProblem {
  const path = error.instancePath || "/";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: child(error.instancePath, String(params.missingProperty)), message: "is required" };
    case "additionalProperties": {
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return {
        path: child(error.instancePath, String(params.additionalProperty)),
        message: allowed.length
          ? `is not allowed; allowed properties are ${allowed.join(", ")}`
          : "is not allowed",
      };
    }
    case "enum":
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).map(word).join(", ")}` };
    case "const":
      return { path, message: `must be ${word(params.allowedValue)}` };
    case "type":
      return { path, message: `must be ${String(params.type).split(",").map(withArticle).join(" or ")}` };
    case "format":
      return { path, message: `must be a valid ${String(params.format)}` };
    case "minLength":
      return { path, message: `must be at least ${params.limit} ${plural(params.limit, "character")} long` };
    case "maxLength":
      return { path, message: `must be at most ${params.limit} ${plural(params.limit, "character")} long` };
    case "minItems":
      return { path, message: `must have at least ${params.limit} ${plural(params.limit, "item")}` };
    case "maxItems":
      return { path, message: `must have at most ${params.limit} ${plural(params.limit, "item")}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, message: `must be ${params.comparison} ${params.limit}` };
    case "pattern":
      return { path, message: `must match the pattern ${params.pattern}` };
    default:
      return { path, message: error.message ?? `breaks the rule "${error.keyword}"` };
  }
}

/** "unit is bu or project" for an error raised by a `then` whose sibling `if` failed the same value. */
function conditionOf(error: ErrorObject, errors: readonly ErrorObject[]): string | undefined {
  const thenAt = error.schemaPath.lastIndexOf("/then/");
  if (thenAt < 0) return undefined;
  const ifPath = `${error.schemaPath.slice(0, thenAt)}/if`;
  const ifError = errors.find((other) => other.keyword === "if" && other.schemaPath === ifPath);
  const condition = (ifError?.parentSchema as { if?: unknown } | undefined)?.if;
  return condition ? describeCondition(condition) : undefined;
}

/** Words for the simple conditions tool schemas use: properties limited by `const` or `enum`. */
function describeCondition(condition: unknown): string | undefined {
  const properties = (condition as { properties?: Record<string, { const?: unknown; enum?: unknown[] }> })
    .properties;
  if (!properties) return undefined;
  const parts = Object.entries(properties).flatMap(([name, rule]) => {
    if ("const" in rule) return [`${name} is ${word(rule.const)}`];
    if (Array.isArray(rule.enum)) return [`${name} is ${rule.enum.map(word).join(" or ")}`];
    return [];
  });
  return parts.length ? parts.join(" and ") : undefined;
}

function child(instancePath: string, property: string): string {
  return `${instancePath}/${property.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

function word(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function withArticle(type: string): string {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function plural(count: unknown, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
