import { readSystemPrompt } from "@penny/models";
import type { PromptSection } from "../system-prompt.ts";

/** The tenant's own instructions to every model (`PUT /v1/prompts/system`), read in the run's transaction. */
export const tenantInstructions: PromptSection = async ({ tx }) => {
  const { text } = await readSystemPrompt(tx);
  return text.trim() ? { text } : null;
};
