import { createHash } from "node:crypto";
import type { LanguageModelV3, LanguageModelV3CallOptions } from "@ai-sdk/provider";
import { canonicalJson } from "./cache-json.ts";

/**
 * The SHA-256 of everything that decides the answer: the model, the prompt, the tools and the settings, plus the
 * caller's `extra`. Headers and the abort signal are left out (they do not change the answer, and headers may
 * carry secrets).
 */
export function responseCacheKey(
  model: Pick<LanguageModelV3, "provider" | "modelId">,
  callOptions: LanguageModelV3CallOptions,
  kind: "stream" | "generate",
  extra?: unknown,
): string {
  const canonical = canonicalJson({
    version: 1,
    kind,
    provider: model.provider,
    modelId: model.modelId,
    prompt: callOptions.prompt,
    tools: callOptions.tools,
    toolChoice: callOptions.toolChoice,
    settings: {
      maxOutputTokens: callOptions.maxOutputTokens,
      temperature: callOptions.temperature,
      stopSequences: callOptions.stopSequences,
      topP: callOptions.topP,
      topK: callOptions.topK,
      presencePenalty: callOptions.presencePenalty,
      frequencyPenalty: callOptions.frequencyPenalty,
      responseFormat: callOptions.responseFormat,
      seed: callOptions.seed,
      includeRawChunks: callOptions.includeRawChunks,
      providerOptions: callOptions.providerOptions,
    },
    extra,
  });
  return createHash("sha256").update(canonical).digest("hex");
}
