import type { Tx } from "@penny/db";
import { z } from "zod";
import { readPolicyValues, writePolicyValue } from "./policy-values.ts";

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
  const values = await readPolicyValues(tx, [MODEL_DEFAULT_POLICY, MODEL_EXTERNAL_ALLOWED_POLICY]);
  const defaultModel = values.get(MODEL_DEFAULT_POLICY)?.value;
  const externalAllowed = values.get(MODEL_EXTERNAL_ALLOWED_POLICY)?.value;
  return {
    defaultModel: typeof defaultModel === "string" && defaultModel ? defaultModel : undefined,
    externalAllowed: externalAllowed !== false,
  };
}

/** Replaces the tenant's model policy. */
export async function writeModelPolicy(tx: Tx, tenantId: string, policy: ModelPolicy): Promise<void> {
  await writePolicyValue(tx, tenantId, MODEL_DEFAULT_POLICY, policy.defaultModel ?? null);
  await writePolicyValue(tx, tenantId, MODEL_EXTERNAL_ALLOWED_POLICY, policy.externalAllowed);
}
