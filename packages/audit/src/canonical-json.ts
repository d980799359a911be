/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no whitespace, so the same value always
 * gives the same text and therefore the same hash, whatever order its keys were written or stored in (jsonb
 * reorders them). Like JSON.stringify it honours `toJSON` (a Date becomes its ISO string) and drops object members
 * whose value is undefined; unlike it, it refuses what JSON cannot represent faithfully (NaN, Infinity, bigint,
 * Maps, class instances, cycles) instead of silently writing `null` or `{}`.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set(), "$");
}

function write(input: unknown, ancestors: Set<object>, path: string): string {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is ${value}, which JSON cannot represent`);
    return JSON.stringify(value);
  }
  if (typeof value !== "object") throw new TypeError(`${path} is a ${typeof value}, which is not JSON`);
  if (ancestors.has(value)) throw new TypeError(`${path} refers back to itself`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      // As in JSON.stringify, an array slot that JSON cannot hold becomes null rather than vanishing.
      const items = value.map((item, index) =>
        item === undefined || typeof item === "function" || typeof item === "symbol"
          ? "null"
          : write(item, ancestors, `${path}[${index}]`),
      );
      return `[${items.join(",")}]`;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`${path} is a ${value.constructor?.name ?? "non-plain object"}, which is not JSON`);
    }
    const members = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        (key) =>
          `${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], ancestors, `${path}.${key}`)}`,
      );
    return `{${members.join(",")}}`;
  } finally {
    ancestors.delete(value);
  }
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  );
}
