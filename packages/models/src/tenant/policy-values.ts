import { schema, type Tx } from "@penny/db";
import { inArray } from "drizzle-orm";

/** A value stored under one key of the tenant's `policies`, with when it was last written. */
export interface PolicyValue {
  value: unknown;
  updatedAt: Date;
}

/** The tenant's values under `keys`; a key never written is missing from the map. */
export async function readPolicyValues(tx: Tx, keys: readonly string[]): Promise<Map<string, PolicyValue>> {
  const rows = await tx
    .select({ key: schema.policies.key, value: schema.policies.value, updatedAt: schema.policies.updatedAt })
    .from(schema.policies)
    .where(inArray(schema.policies.key, [...keys]));
  return new Map(rows.map((row) => [row.key, { value: row.value, updatedAt: row.updatedAt }]));
}

/** Writes (or replaces) the tenant's value under `key`. */
export async function writePolicyValue(tx: Tx, tenantId: string, key: string, value: unknown): Promise<Date> {
  const updatedAt = new Date();
  await tx
    .insert(schema.policies)
    .values({ tenantId, key, value, updatedAt })
    .onConflictDoUpdate({
      target: [schema.policies.tenantId, schema.policies.key],
      set: { value, updatedAt },
    });
  return updatedAt;
}
