/**
 * Turns model results into plain JSON and back: dates, bytes and URLs (response timestamps, generated files,
 * file prompts) become tagged objects, `undefined` fields are dropped. Used for both the stored value and the
 * cache key, so equal inputs always encode equally.
 */
export function toCacheJson(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  if (value instanceof URL) return { $url: value.href };
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : toCacheJson(item)));
  if (value !== null && typeof value === "object") {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && typeof item !== "function") plain[key] = toCacheJson(item);
    }
    return plain;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** The inverse of `toCacheJson`. */
export function fromCacheJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromCacheJson);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.$date === "string") return new Date(record.$date);
    if (keys.length === 1 && typeof record.$bytes === "string") {
      return new Uint8Array(Buffer.from(record.$bytes, "base64"));
    }
    if (keys.length === 1 && typeof record.$url === "string") return new URL(record.$url);
    return Object.fromEntries(keys.map((key) => [key, fromCacheJson(record[key])]));
  }
  return value;
}

/** JSON text with object keys sorted at every level, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(toCacheJson(value)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}
