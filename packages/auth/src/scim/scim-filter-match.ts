import type { ScimCompareOperator, ScimFilter, ScimFilterValue } from "./scim-filter.ts";

/**
 * Whether a JSON value matches a filter, evaluated in memory: for the value filters of PATCH paths
 * (`members[value eq "…"]`, `emails[type eq "work"]`) and for attributes Penny holds as constants. Strings compare
 * case-insensitively; a multi-valued attribute matches when any of its values does.
 */
export function matchesScimFilter(element: unknown, filter: ScimFilter): boolean {
  switch (filter.kind) {
    case "and":
      return matchesScimFilter(element, filter.left) && matchesScimFilter(element, filter.right);
    case "or":
      return matchesScimFilter(element, filter.left) || matchesScimFilter(element, filter.right);
    case "not":
      return !matchesScimFilter(element, filter.filter);
    case "present":
      return isPresent(attributeValue(element, filter.attribute));
    case "compare":
      return compareScimValue(attributeValue(element, filter.attribute), filter.operator, filter.value);
    case "valuePath": {
      const values = attributeValue(element, filter.attribute);
      return (Array.isArray(values) ? values : [values]).some((value) =>
        matchesScimFilter(value, filter.filter),
      );
    }
  }
}

/** One comparison of RFC 7644 §3.4.2.2 between a stored value and a filter's value. */
export function compareScimValue(
  actual: unknown,
  operator: ScimCompareOperator,
  expected: ScimFilterValue,
): boolean {
  if (Array.isArray(actual)) return actual.some((value) => compareScimValue(value, operator, expected));
  if (expected === null || actual === null || actual === undefined) {
    const equal = (expected === null) === (actual === null || actual === undefined);
    return operator === "eq" ? equal : operator === "ne" ? !equal : false;
  }
  if (typeof expected === "boolean" || typeof actual === "boolean") {
    const equal = String(actual).toLowerCase() === String(expected);
    return operator === "eq" ? equal : operator === "ne" ? !equal : false;
  }
  if (typeof expected === "number" && typeof actual === "number") return ordered(actual - expected, operator);
  const left = String(actual).toLowerCase();
  const right = String(expected).toLowerCase();
  if (operator === "co") return left.includes(right);
  if (operator === "sw") return left.startsWith(right);
  if (operator === "ew") return left.endsWith(right);
  return ordered(left < right ? -1 : left > right ? 1 : 0, operator);
}

function ordered(difference: number, operator: ScimCompareOperator): boolean {
  switch (operator) {
    case "eq":
      return difference === 0;
    case "ne":
      return difference !== 0;
    case "gt":
      return difference > 0;
    case "ge":
      return difference >= 0;
    case "lt":
      return difference < 0;
    case "le":
      return difference <= 0;
    default:
      return false;
  }
}

function isPresent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== undefined && value !== "";
}

/** The value at a lowercased, dotted attribute path, looking keys up case-insensitively. */
function attributeValue(element: unknown, path: string): unknown {
  let current: unknown = element;
  for (const segment of path.split(".")) {
    if (Array.isArray(current)) return current.flatMap((item) => [attributeValue(item, segment)]);
    if (typeof current !== "object" || current === null) return undefined;
    const key = Object.keys(current).find((candidate) => candidate.toLowerCase() === segment);
    current = key === undefined ? undefined : (current as Record<string, unknown>)[key];
  }
  return current;
}
