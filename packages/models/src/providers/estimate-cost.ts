import type { ProviderModel } from "./provider-settings-schema.ts";

/** Token counts as `ai` reports them (`LanguageModelUsage`); a missing count is taken as zero. */
export interface TokenUsage {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
}

/**
 * The cost of one call in the tenant's currency unit, from the model's prices per million tokens. Undefined when
 * the model has no prices at all (unknown, not free); a local model priced at zero costs zero.
 */
export function estimateCost(
  model: Pick<ProviderModel, "inputCostPerMillion" | "outputCostPerMillion">,
  usage: TokenUsage,
): number | undefined {
  if (model.inputCostPerMillion === undefined && model.outputCostPerMillion === undefined) return undefined;
  const input = ((usage.inputTokens ?? 0) * (model.inputCostPerMillion ?? 0)) / 1_000_000;
  const output = ((usage.outputTokens ?? 0) * (model.outputCostPerMillion ?? 0)) / 1_000_000;
  return input + output;
}
