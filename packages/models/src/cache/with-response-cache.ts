import type {
  LanguageModelV3,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  SharedV3ProviderMetadata,
} from "@ai-sdk/provider";
import { z } from "zod";
import { fromCacheJson, toCacheJson } from "./cache-json.ts";
import { isCacheableCall, isCacheableFinish } from "./is-cacheable-call.ts";
import { ResponseCacheInvalidError } from "./response-cache-invalid-error.ts";
import { responseCacheKey } from "./response-cache-key.ts";
import type {
  CachedGenerate,
  CachedResponse,
  CachedStream,
  ResponseCacheStore,
} from "./response-cache-store.ts";

export interface ResponseCacheOptions {
  store: ResponseCacheStore;
  /** How long an answer stays fresh. */
  ttlMs: number;
  /** Anything else the answer depends on (a prompt template version, the tenant's settings), mixed into the key. */
  key?: unknown;
  /** Cache calls with a temperature above zero too; off by default because those answers are meant to vary. */
  allowNonZeroTemperature?: boolean;
  /** Told about a store that failed; the call itself then goes on uncached. */
  onStoreError?: (error: unknown) => void;
}

const optionsSchema = z.object({
  store: z.custom<ResponseCacheStore>(
    (value) =>
      typeof (value as ResponseCacheStore | null)?.get === "function" &&
      typeof (value as ResponseCacheStore).set === "function",
  ),
  ttlMs: z
    .number()
    .int()
    .min(1)
    .max(365 * 24 * 3_600_000),
  allowNonZeroTemperature: z.boolean().optional(),
});

/** Marks replayed answers, so the caller can tell a cache hit from a model call (and not bill it twice). */
const CACHE_HIT: SharedV3ProviderMetadata = { penny: { cacheHit: true } };

/**
 * Wraps `model` so that an identical, deterministic call is answered from `store`: a stream replays the cached
 * parts, a generate call returns the cached result. Only complete, successful answers are stored.
 */
export function withResponseCache(model: LanguageModelV3, options: ResponseCacheOptions): LanguageModelV3 {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new ResponseCacheInvalidError(
      parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  }
  const { store, ttlMs, onStoreError } = options;
  const allowNonZeroTemperature = options.allowNonZeroTemperature ?? false;

  const lookup = async (key: string): Promise<CachedResponse | undefined> => {
    try {
      return await store.get(key);
    } catch (error) {
      onStoreError?.(error);
      return undefined;
    }
  };
  const save = async (key: string, value: CachedResponse): Promise<void> => {
    try {
      await store.set(key, value, new Date(Date.now() + ttlMs));
    } catch (error) {
      onStoreError?.(error);
    }
  };

  return {
    specificationVersion: "v3",
    provider: model.provider,
    modelId: model.modelId,
    supportedUrls: model.supportedUrls,

    async doGenerate(callOptions) {
      if (!isCacheableCall(callOptions, allowNonZeroTemperature)) return model.doGenerate(callOptions);
      const key = responseCacheKey(model, callOptions, "generate", options.key);
      const cached = await lookup(key);
      if (cached?.kind === "generate") return replayGenerate(cached);
      const result = await model.doGenerate(callOptions);
      if (isCacheableFinish(result.finishReason)) {
        await save(key, { kind: "generate", model: model.modelId, result: storedResult(result) });
      }
      return result;
    },

    async doStream(callOptions) {
      if (!isCacheableCall(callOptions, allowNonZeroTemperature)) return model.doStream(callOptions);
      const key = responseCacheKey(model, callOptions, "stream", options.key);
      const cached = await lookup(key);
      if (cached?.kind === "stream") return { stream: replayStream(cached) };
      const result = await model.doStream(callOptions);
      const parts: LanguageModelV3StreamPart[] = [];
      let failed = false;
      const recorder = new TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart>({
        transform(part, controller) {
          if (part.type === "error") failed = true;
          parts.push(part);
          controller.enqueue(part);
        },
        async flush() {
          const finish = parts.at(-1);
          if (failed || finish?.type !== "finish" || !isCacheableFinish(finish.finishReason)) return;
          const stored = toCacheJson(parts) as CachedStream["parts"];
          await save(key, { kind: "stream", model: model.modelId, parts: stored });
        },
      });
      return { ...result, stream: result.stream.pipeThrough(recorder) };
    },
  };
}

/** What is kept of a generate result: the answer, not the raw HTTP request and response. */
function storedResult(result: LanguageModelV3GenerateResult): CachedGenerate["result"] {
  const { content, finishReason, usage, providerMetadata, warnings, response } = result;
  const metadata = response
    ? { id: response.id, timestamp: response.timestamp, modelId: response.modelId }
    : undefined;
  const stored = { content, finishReason, usage, providerMetadata, warnings, response: metadata };
  return toCacheJson(stored) as CachedGenerate["result"];
}

function replayGenerate(cached: CachedGenerate): LanguageModelV3GenerateResult {
  const result = fromCacheJson(cached.result) as LanguageModelV3GenerateResult;
  return {
    ...result,
    warnings: result.warnings ?? [],
    providerMetadata: { ...result.providerMetadata, ...CACHE_HIT },
  };
}

function replayStream(cached: CachedStream): ReadableStream<LanguageModelV3StreamPart> {
  const parts = fromCacheJson(cached.parts) as LanguageModelV3StreamPart[];
  return new ReadableStream({
    start(controller) {
      for (const part of parts) {
        controller.enqueue(
          part.type === "finish"
            ? { ...part, providerMetadata: { ...part.providerMetadata, ...CACHE_HIT } }
            : part,
        );
      }
      controller.close();
    },
  });
}
