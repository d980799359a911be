import type { Tx } from "@penny/db";
import { readPolicyValues, writePolicyValue } from "./policy-values.ts";
import { promptTextSchema } from "./prompt-text.ts";

export const SYSTEM_PROMPT_KEY = "prompt.system";
export const SYSTEM_PROMPT_MAX_LENGTH = 20_000;

/** The tenant's instructions to every model, as an admin writes them; empty clears them. */
export const systemPromptTextSchema = promptTextSchema(SYSTEM_PROMPT_MAX_LENGTH);

/** The tenant's system prompt and when it was last written (null: never). */
export interface TenantSystemPrompt {
  text: string;
  updatedAt: Date | null;
}

export async function readSystemPrompt(tx: Tx): Promise<TenantSystemPrompt> {
  const stored = (await readPolicyValues(tx, [SYSTEM_PROMPT_KEY])).get(SYSTEM_PROMPT_KEY);
  return {
    text: typeof stored?.value === "string" ? stored.value : "",
    updatedAt: stored?.updatedAt ?? null,
  };
}

export async function writeSystemPrompt(tx: Tx, tenantId: string, text: string): Promise<TenantSystemPrompt> {
  const updatedAt = await writePolicyValue(
    tx,
    tenantId,
    SYSTEM_PROMPT_KEY,
    systemPromptTextSchema.parse(text),
  );
  return { text, updatedAt };
}
