import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { type EmbeddingModel, embedMany } from "ai";
import { EmbedderOptionsInvalidError } from "../errors/embedder-options-invalid-error.ts";
import { EmbedderResponseInvalidError } from "../errors/embedder-response-invalid-error.ts";
import type { Embedder } from "./embedder.ts";

/** The providers whose embedding APIs Penny calls. */
export const embeddingProviders = ["openai", "openai-compatible", "google"] as const;

/** Settings of a provider embedder. */
export interface ProviderEmbedderOptions {
  provider: (typeof embeddingProviders)[number];
  baseURL?: string;
  apiKey: string;
  model: string;
  /** Needed for models not listed in knownDimensions; asked of the provider where it can shorten vectors. */
  dimensions?: number;
}

/** Output sizes of common embedding models, so the caller need not repeat them. */
const knownDimensions: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
  "text-embedding-004": 768,
  "gemini-embedding-001": 3072,
};

/** An Embedder over a provider's embedding API through the AI SDK's embedMany (batching and retries included). */
export function createProviderEmbedder(options: ProviderEmbedderOptions): Embedder {
  const dimensions = options.dimensions ?? knownDimensions[options.model];
  if (dimensions === undefined || !Number.isInteger(dimensions) || dimensions <= 0) {
    throw new EmbedderOptionsInvalidError(
      `Penny does not know how many dimensions "${options.model}" returns; set the dimensions.`,
    );
  }
  const model = embeddingModel(options);
  const providerOptions =
    options.dimensions === undefined
      ? undefined
      : options.provider === "google"
        ? { google: { outputDimensionality: options.dimensions } }
        : { [providerKey(options)]: { dimensions: options.dimensions } };
  return {
    id: `${options.provider}:${options.model}:${dimensions}`,
    label: `${options.model} (${options.provider})`,
    dimensions,
    async embed(texts, signal) {
      if (texts.length === 0) return [];
      const result = await embedMany({ model, values: texts, abortSignal: signal, providerOptions });
      if (
        result.embeddings.length !== texts.length ||
        result.embeddings.some((vector) => vector.length !== dimensions)
      ) {
        throw new EmbedderResponseInvalidError(
          `The ${options.provider} embedding API returned vectors of another size than ${dimensions}.`,
        );
      }
      return result.embeddings;
    },
  };
}

function providerKey(options: ProviderEmbedderOptions): string {
  return options.provider === "openai" ? "openai" : "penny";
}

function embeddingModel(options: ProviderEmbedderOptions): EmbeddingModel {
  switch (options.provider) {
    case "openai":
      return createOpenAI({ apiKey: options.apiKey, baseURL: options.baseURL }).embedding(options.model);
    case "google":
      return createGoogleGenerativeAI({ apiKey: options.apiKey, baseURL: options.baseURL }).embedding(
        options.model,
      );
    case "openai-compatible": {
      if (!options.baseURL)
        throw new EmbedderOptionsInvalidError("An OpenAI-compatible embedder needs the server's base URL.");
      return createOpenAICompatible({
        name: "penny",
        apiKey: options.apiKey,
        baseURL: options.baseURL,
      }).embeddingModel(options.model);
    }
  }
}
