import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { z } from "zod";
import type { ProviderKind } from "./provider-kind.ts";
import { ProviderSettingsInvalidError } from "./provider-settings-invalid-error.ts";
import { type ProviderConnection, providerConnectionSchema } from "./provider-settings-schema.ts";

const modelIdSchema = z.string().trim().min(1).max(200);

/** Builds the language model for one of a tenant's providers, after validating the settings. */
export function createProviderModel(settings: ProviderConnection, modelId: string): LanguageModelV3 {
  const parsed = providerConnectionSchema.safeParse(settings);
  const parsedModelId = modelIdSchema.safeParse(modelId);
  if (!parsed.success || !parsedModelId.success) {
    const issues = [
      ...(parsed.success ? [] : parsed.error.issues),
      ...(parsedModelId.success
        ? []
        : parsedModelId.error.issues.map((issue) => ({ ...issue, path: ["modelId"] }))),
    ];
    throw new ProviderSettingsInvalidError(
      issues.map((issue) => ({ path: issue.path.join(".") || "settings", message: issue.message })),
    );
  }
  return builders[parsed.data.kind](parsed.data, parsedModelId.data);
}

/** One builder per kind; the `Record` makes a new kind fail to compile until it has one. */
const builders: Record<ProviderKind, (settings: ProviderConnection, modelId: string) => LanguageModelV3> = {
  // The Chat Completions API rather than Responses: it is what OpenAI-compatible gateways also speak.
  openai: (settings, modelId) =>
    createOpenAI({
      baseURL: settings.baseUrl,
      apiKey: settings.apiKey,
      headers: settings.headers,
    }).chat(modelId),
  anthropic: (settings, modelId) =>
    createAnthropic({ baseURL: settings.baseUrl, apiKey: settings.apiKey, headers: settings.headers })(
      modelId,
    ),
  google: (settings, modelId) =>
    createGoogleGenerativeAI({
      baseURL: settings.baseUrl,
      apiKey: settings.apiKey,
      headers: settings.headers,
    })(modelId),
  // Ollama, vLLM, TGI and LM Studio; usage in streams must be asked for explicitly.
  "openai-compatible": (settings, modelId) =>
    createOpenAICompatible({
      name: settings.name,
      baseURL: settings.baseUrl ?? "",
      apiKey: settings.apiKey,
      headers: settings.headers,
      includeUsage: true,
    }).chatModel(modelId),
};
