import { createHash } from "node:crypto";
import { canonicalJson } from "@penny/audit";

/**
 * SHA-256 (hex) of the canonical JSON of `value` (sorted keys, no whitespace), so the same arguments or result
 * always hash the same whatever order their keys came in; the tool invocation and its audit event both keep it.
 */
export function canonicalHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
