import { schema, type Tx } from "@penny/db";
import { eq } from "drizzle-orm";

/** The tenant policy that sets the largest upload, in bytes. */
export const UPLOAD_LIMIT_POLICY = "knowledge.upload_max_bytes";
/** Without the policy: 25 MiB, enough for a long PDF manual. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;
/** No tenant may raise its limit past this: the server reads an upload into memory. */
export const MAX_UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

/** The tenant's upload limit (its policy, capped), in the tenant transaction `tx`. */
export async function uploadLimitBytes(tx: Tx): Promise<number> {
  const [row] = await tx
    .select({ value: schema.policies.value })
    .from(schema.policies)
    .where(eq(schema.policies.key, UPLOAD_LIMIT_POLICY));
  const value = row?.value;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return DEFAULT_UPLOAD_LIMIT_BYTES;
  return Math.min(Math.floor(value), MAX_UPLOAD_LIMIT_BYTES);
}
