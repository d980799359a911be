import { ScimInvalidPatchError } from "./errors/scim-invalid-patch-error.ts";
import { parseScimFilter, type ScimFilter } from "./scim-filter.ts";

/**
 * A PATCH path (RFC 7644 §3.5.2) split into lowercased keys: `name.givenName` → `["name", "givenname"]`;
 * `emails[type eq "work"].value` → `["emails"]`, the filter, then `["value"]`; an extension attribute
 * `urn:…:User:role` → `["urn:…:user", "role"]`, because extensions are objects keyed by their URN.
 */
export interface ScimPatchPath {
  keys: string[];
  filter?: ScimFilter;
  /** Keys inside each value the filter selects. */
  subKeys: string[];
}

const NAME = /^[a-z][\w$-]*$/i;

/** Parses `path`; `coreSchema` is the resource's own schema URN, which may prefix any core attribute. */
export function parseScimPatchPath(
  path: string,
  coreSchema: string,
  extensions: readonly string[],
): ScimPatchPath {
  const lower = path.trim().toLowerCase();
  const extension = extensions.find((urn) => lower === urn.toLowerCase());
  if (extension) return { keys: [extension.toLowerCase()], subKeys: [] };
  const corePrefix = `${coreSchema.toLowerCase()}:`;
  if (lower.startsWith(corePrefix)) return attributePath(path.trim().slice(corePrefix.length), []);
  if (lower.startsWith("urn:")) {
    // The URN ends at the last colon before any value filter: `urn:…:User:manager.value`.
    const bracket = lower.indexOf("[");
    const colon = lower.lastIndexOf(":", bracket === -1 ? lower.length : bracket);
    return attributePath(path.trim().slice(colon + 1), [lower.slice(0, colon)]);
  }
  return attributePath(path.trim(), []);
}

function attributePath(text: string, prefix: string[]): ScimPatchPath {
  const open = text.indexOf("[");
  if (open === -1) return { keys: [...prefix, ...names(text, text)], subKeys: [] };
  const close = text.lastIndexOf("]");
  if (close < open) throw invalidPath(text, "its value filter is not closed");
  const after = text.slice(close + 1);
  if (after !== "" && !after.startsWith("."))
    throw invalidPath(text, "only a sub-attribute may follow the filter");
  return {
    keys: [...prefix, ...names(text.slice(0, open), text)],
    filter: parseScimFilter(text.slice(open + 1, close)),
    subKeys: after === "" ? [] : names(after.slice(1), text),
  };
}

function names(dotted: string, whole: string): string[] {
  const parts = dotted.split(".");
  if (parts.some((part) => !NAME.test(part))) throw invalidPath(whole, "it is not an attribute path");
  return parts.map((part) => part.toLowerCase());
}

function invalidPath(path: string, reason: string): ScimInvalidPatchError {
  return new ScimInvalidPatchError("invalidPath", `The path "${path}" cannot be used: ${reason}.`);
}
