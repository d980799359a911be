import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { ScimInvalidPatchError } from "./errors/scim-invalid-patch-error.ts";
import type { ScimFilter } from "./scim-filter.ts";
import { matchesScimFilter } from "./scim-filter-match.ts";
import { parseScimPatchPath, type ScimPatchPath } from "./scim-patch-path.ts";
import { SCIM_PATCH_OP_SCHEMA } from "./scim-urns.ts";

/** A PatchOp request (RFC 7644 §3.5.2). Operation names are case-insensitive: some directories send `Replace`. */
export const scimPatchSchema = z.object({
  schemas: z
    .array(z.string())
    .refine((schemas) => schemas.includes(SCIM_PATCH_OP_SCHEMA), `must include "${SCIM_PATCH_OP_SCHEMA}"`),
  Operations: z
    .array(
      z.object({
        op: z
          .string()
          .toLowerCase()
          .pipe(z.enum(["add", "remove", "replace"])),
        path: z.string().max(1000).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1, "must list at least one operation")
    .max(1000),
});

export type ScimPatch = z.infer<typeof scimPatchSchema>;
type Operation = ScimPatch["Operations"][number];
type JsonObject = Record<string, unknown>;

/** What a patch did: the new resource, and the (lowercased) top-level attributes its operations named. */
export interface PatchedResource {
  resource: JsonObject;
  touched: Set<string>;
}

/**
 * Applies PATCH operations to the JSON form of a resource, which lists every attribute Penny keeps (null when
 * unset) so keys keep their canonical spelling. The caller then validates the result as it would a PUT body: an
 * attribute Penny does not keep may be patched and is simply dropped there, so a directory that syncs more than
 * Penny stores does not fail.
 */
export function applyScimPatch(
  current: JsonObject,
  patch: ScimPatch,
  schemas: { core: string; extensions: readonly string[] },
): PatchedResource {
  const resource = structuredClone(current);
  const touched = new Set<string>();
  const apply = (operation: Operation, path: string) => {
    const parsed = parseScimPatchPath(path, schemas.core, schemas.extensions);
    touched.add(parsed.keys[0] ?? "");
    applyAt(resource, operation.op, parsed, operation.value);
  };
  for (const operation of patch.Operations) {
    if (operation.path !== undefined && operation.path.trim() !== "") {
      apply(operation, operation.path);
      continue;
    }
    if (operation.op === "remove")
      throw new ScimInvalidPatchError("noTarget", "A remove operation needs a path.");
    if (!isObject(operation.value)) {
      throw new ScimInvalidPatchError(
        "invalidSyntax",
        `An ${operation.op} without a path needs an object value.`,
      );
    }
    // Without a path, each key of the value is a path of its own (`{"name.givenName": "Ada"}` is common).
    for (const [key, value] of Object.entries(operation.value)) apply({ ...operation, value }, key);
  }
  return { resource, touched };
}

function applyAt(resource: JsonObject, op: Operation["op"], path: ScimPatchPath, value: unknown): void {
  if (op !== "remove" && value === undefined) {
    throw new ScimInvalidPatchError("invalidSyntax", `An ${op} operation needs a value.`);
  }
  const parentKeys = path.keys.slice(0, -1);
  const lastKey = path.keys.at(-1) as string;
  let container = resource;
  for (const key of parentKeys) {
    const child = container[keyOf(container, key)];
    if (!isObject(child)) {
      if (op === "remove") return;
      const created: JsonObject = {};
      container[keyOf(container, key)] = created;
      container = created;
    } else {
      container = child;
    }
  }
  const key = keyOf(container, lastKey);
  if (path.filter) {
    applyToSelected(container, key, op, path.filter, path.subKeys, value);
    return;
  }
  const existing = container[key];
  if (op === "remove") {
    container[key] = Array.isArray(existing) ? removeListed(existing, value) : null;
  } else if (Array.isArray(existing) && op === "add") {
    // Sets, not pairwise comparison: a directory may add thousands of members to a group of thousands.
    const present = new Set(existing.map((item) => JSON.stringify(item)));
    const added = (Array.isArray(value) ? value : [value]).filter(
      (item) => !present.has(JSON.stringify(item)),
    );
    container[key] = [...existing, ...added];
  } else if (isObject(existing) && isObject(value)) {
    // A complex attribute keeps the sub-attributes the value does not name (RFC 7644 §3.5.2.1 and .3).
    for (const [subKey, subValue] of Object.entries(value)) existing[keyOf(existing, subKey)] = subValue;
  } else {
    container[key] = value;
  }
}

/** `attr[filter]` and `attr[filter].sub`: acts on the values the filter selects. */
function applyToSelected(
  container: JsonObject,
  key: string,
  op: Operation["op"],
  filter: ScimFilter,
  subKeys: string[],
  value: unknown,
): void {
  let list = Array.isArray(container[key]) ? [...(container[key] as unknown[])] : [];
  let selected = list.filter((item) => matchesScimFilter(item, filter));
  if (op === "remove") {
    const removed = new Set(selected);
    if (subKeys.length === 0) list = list.filter((item) => !removed.has(item));
    else for (const item of selected) if (isObject(item)) setDeep(item, subKeys, null);
    container[key] = list;
    return;
  }
  if (selected.length === 0) {
    // Directories add `emails[type eq "work"].value` to a user who has none yet: create the value the filter names.
    const created = valueNamedBy(filter);
    if (!created) {
      throw new ScimInvalidPatchError("noTarget", `No value of "${key}" matches the filter of the path.`);
    }
    list = [...list, created];
    selected = [created];
  }
  if (subKeys.length > 0) {
    for (const item of selected) if (isObject(item)) setDeep(item, subKeys, value);
  } else if (!isObject(value)) {
    throw new ScimInvalidPatchError("invalidSyntax", `Each value of "${key}" is an object.`);
  } else {
    const chosen = new Set(selected);
    list = list.map((item) =>
      !chosen.has(item) ? item : op === "add" && isObject(item) ? { ...item, ...value } : value,
    );
  }
  container[key] = list;
}

/** The object a filter of only `eq` terms joined by `and` describes, or undefined for any other filter. */
function valueNamedBy(filter: ScimFilter): JsonObject | undefined {
  if (filter.kind === "compare" && filter.operator === "eq" && !filter.attribute.includes(".")) {
    return { [filter.attribute]: filter.value };
  }
  if (filter.kind !== "and") return undefined;
  const left = valueNamedBy(filter.left);
  const right = valueNamedBy(filter.right);
  return left && right ? { ...left, ...right } : undefined;
}

/** `remove` with a value (sent by some directories for group members): drops the listed values, else all. */
function removeListed(existing: unknown[], value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  const listed = Array.isArray(value) ? value : [value];
  const byValue = new Set(
    listed.filter((other) => isObject(other) && "value" in other).map((other) => valueKey(other)),
  );
  const others = listed.filter((other) => !(isObject(other) && "value" in other));
  return existing.filter(
    (item) =>
      !(isObject(item) && byValue.has(valueKey(item))) &&
      !others.some((other) => isDeepStrictEqual(item, other)),
  );
}

function valueKey(item: unknown): string {
  return String((item as JsonObject).value).toLowerCase();
}

function setDeep(target: JsonObject, keys: string[], value: unknown): void {
  let container = target;
  for (const key of keys.slice(0, -1)) {
    const existingKey = keyOf(container, key);
    if (!isObject(container[existingKey])) container[existingKey] = {};
    container = container[existingKey] as JsonObject;
  }
  container[keyOf(container, keys.at(-1) as string)] = value;
}

/** The existing key spelled like `name` ignoring case (SCIM attribute names are case-insensitive), else `name`. */
function keyOf(container: JsonObject, name: string): string {
  const lower = name.toLowerCase();
  return Object.keys(container).find((key) => key.toLowerCase() === lower) ?? name;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
