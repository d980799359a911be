import { schema, type Tx } from "@penny/db";
import { inArray } from "drizzle-orm";
import { z } from "zod";

/** The tenant's model rules: which model answers by default, and whether hosted (external) models may be used. */
export const modelPolicySchema = z.object({
  defaultModel: z.string().min(1).max(300).optional(),
  externalAllowed: z.boolean(),
});
export type ModelPolicy = z.infer<typeof modelPolicySchema>;

export const MODEL_DEFAULT_POLICY = "models.default";
export const MODEL_EXTERNAL_ALLOWED_POLICY = "models.external.allowed";

/** Reads the tenant's model policy; external models are allowed unless the tenant said otherwise. */
export async function readModelPolicy(tx: Tx): Promise<ModelPolicy> {
  const rows = await tx
    .select({ key: schema.policies.key, value: schema.policies.value })
    .from(schema.policies)
    .where(inArray(schema.policies.key, [MODEL_DEFAULT_POLICY, MODEL_EXTERNAL_ALLOWED_POLICY]));
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const defaultModel = value(MODEL_DEFAULT_POLICY);
  const externalAllowed = value(MODEL_EXTERNAL_ALLOWED_POLICY);
  return {
    defaultModel: typeof defaultModel === "string" && defaultModel ? defaultModel : undefined,
    externalAllowed: externalAllowed !== false,
  };
}

/** Replaces the tenant's model policy. */
export async function writeModelPolicy(tx: Tx, tenantId: string, policy: ModelPolicy): Promise<void> {
  const entries: [string, unknown][] = [
    [MODEL_DEFAULT_POLICY, policy.defaultModel ?? null],
    [MODEL_EXTERNAL_ALLOWED_POLICY, policy.externalAllowed],
  ];
  for (const [key, value] of entries) {
    await tx
      .insert(schema.policies)
      .values({ tenantId, key, value })
      .onConflictDoUpdate({
        target: [schema.policies.tenantId, schema.policies.key],
        set: { value, updatedAt: new Date() },
      });
  }
}
