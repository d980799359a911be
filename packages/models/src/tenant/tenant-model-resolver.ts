import type { LanguageModelV3 } from "@ai-sdk/provider";
import type { Database, Tx } from "@penny/db";
import { BUILTIN_PROVIDER_ID, createBuiltinModel, type EntityCatalogue } from "../builtin/index.ts";
import { databaseResponseCache } from "../cache/database-response-cache.ts";
import { withResponseCache } from "../cache/with-response-cache.ts";
import type { FallbackAttemptEvent } from "../policy/fallback-options.ts";
import { selectModels } from "../policy/select-models.ts";
import { withFallback } from "../policy/with-fallback.ts";
import { createProviderModel } from "../providers/create-provider-model.ts";
import type { ProviderModel } from "../providers/provider-settings-schema.ts";
import { loadEntityCatalogue } from "./entity-catalogue-store.ts";
import { readModelPolicy } from "./model-policy-store.ts";
import { loadProviderConnections } from "./provider-store.ts";

/** The id and label of the built-in model wherever models are listed. */
export const BUILTIN_MODEL_ID = "builtin";

/** What a run asks for when it picks its model. */
export interface TenantModelRequest {
  tenantId: string;
  sensitive: boolean;
  requested?: string;
  text: string;
  toolCount: number;
  historyLength: number;
  /** The run's tenant transaction: the policy and providers are read inside it instead of in one of their own. */
  tx?: Tx;
}

/** The model a run uses: a fallback chain over the tenant's models that ends with the built-in one. */
export interface TenantModel {
  model: LanguageModelV3;
  id: string;
  label: string;
  reason: string;
  /** True when any model of the chain (the chosen one or a fallback) runs outside the tenant's machines. */
  external: boolean;
  /** The chosen model's price per million tokens; absent when the tenant gave none. */
  pricing?: ModelPricing;
}

/** What a model costs, in US dollars per million tokens. */
export interface ModelPricing {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface TenantModelResolverOptions {
  database: Database;
  masterKey: Buffer;
  now?: () => Date;
  /** Per-model tries and the time to first chunk before falling back. */
  fallback?: { maxRetries?: number; timeoutMs?: number; baseDelayMs?: number };
  /** How long identical prompts are answered from the tenant's cache; 0 turns caching off. */
  cacheTtlMs?: number;
  onAttempt?: (event: FallbackAttemptEvent & { tenantId: string }) => void;
}

/**
 * Picks the model for a request from the tenant's configured providers and policy (sensitive conversations and
 * tenants without external models stay on local ones; complex requests go to large models first), wrapped in
 * retries and fallback, with the built-in model as the last resort — or alone when nothing is configured.
 */
export function createTenantModelResolver(options: TenantModelResolverOptions) {
  const { database, masterKey } = options;
  return async (request: TenantModelRequest): Promise<TenantModel> => {
    const read = async (tx: Tx) => {
      const policy = await readModelPolicy(tx);
      const providers = await loadProviderConnections(tx, masterKey, request.tenantId);
      // The built-in model needs the tenant's units, projects and people; read them now only when it will answer.
      const answersAlone = providers.every(({ view }) => view.models.length === 0);
      return { policy, providers, catalogue: answersAlone ? await loadEntityCatalogue(tx) : null };
    };
    const { catalogue, policy, providers } = request.tx
      ? await read(request.tx)
      : await database.withTenant(request.tenantId, read);
    const builtin = catalogue
      ? createBuiltinModel({ catalogue, now: options.now })
      : builtinOnFirstUse(
          () => database.withTenant(request.tenantId, (tx) => loadEntityCatalogue(tx)),
          options.now,
        );
    const models = providers.flatMap(({ view, connection }) =>
      view.models.map((model) => ({
        label: `${view.name}/${model.id}`,
        provider: view.name,
        size: model.size,
        local: model.local,
        connection,
        modelId: model.id,
        pricing: pricingOf(model),
      })),
    );
    if (models.length === 0) {
      return {
        model: builtin,
        id: BUILTIN_MODEL_ID,
        label: "Built-in (offline)",
        reason: "no model provider configured",
        external: false,
      };
    }
    const selection = selectModels({
      models,
      policy,
      sensitive: request.sensitive,
      requestedModel: request.requested,
      text: request.text,
      toolCount: request.toolCount,
      historyLength: request.historyLength,
    });
    const cacheTtlMs = options.cacheTtlMs ?? 0;
    const candidates = selection.candidates.map((candidate) => {
      if (candidate.kind === "builtin") return { label: BUILTIN_MODEL_ID, model: builtin as LanguageModelV3 };
      const base = createProviderModel(candidate.model.connection, candidate.model.modelId);
      const model =
        cacheTtlMs > 0
          ? withResponseCache(base, {
              store: databaseResponseCache(database, request.tenantId),
              ttlMs: cacheTtlMs,
            })
          : base;
      return { label: candidate.label, model };
    });
    const first = selection.candidates[0];
    const pricing = first?.kind === "configured" ? first.model.pricing : undefined;
    return {
      model: withFallback(candidates, {
        maxRetries: options.fallback?.maxRetries ?? 2,
        timeoutMs: options.fallback?.timeoutMs ?? 30_000,
        baseDelayMs: options.fallback?.baseDelayMs,
        onAttempt: (event) => options.onAttempt?.({ ...event, tenantId: request.tenantId }),
      }),
      id: first?.label ?? BUILTIN_MODEL_ID,
      label: first?.label ?? "Built-in (offline)",
      reason: [
        ...selection.candidates.map((candidate) => `${candidate.label}: ${candidate.reason}`),
        ...selection.excluded.map((item) => `${item.label}: ${item.reason}`),
      ].join("; "),
      external: selection.candidates.some(
        (candidate) => candidate.kind === "configured" && !candidate.model.local,
      ),
      ...(pricing ? { pricing } : {}),
    };
  };
}

/** A model's prices as the run's cost needs them; a price left out counts as zero when the other is given. */
function pricingOf(model: Pick<ProviderModel, "inputCostPerMillion" | "outputCostPerMillion">) {
  if (model.inputCostPerMillion === undefined && model.outputCostPerMillion === undefined) return undefined;
  return {
    inputPerMillion: model.inputCostPerMillion ?? 0,
    outputPerMillion: model.outputCostPerMillion ?? 0,
  };
}

/**
 * The built-in model as the last fallback: its catalogue is read the first time it has to answer, which with a
 * configured provider is rarely.
 */
function builtinOnFirstUse(load: () => Promise<EntityCatalogue>, now?: () => Date): LanguageModelV3 {
  let model: Promise<LanguageModelV3> | undefined;
  const ready = () => {
    model ??= load().then((catalogue) => createBuiltinModel({ catalogue, now }));
    return model;
  };
  return {
    specificationVersion: "v3",
    provider: BUILTIN_PROVIDER_ID,
    modelId: BUILTIN_MODEL_ID,
    supportedUrls: {},
    doGenerate: async (callOptions) => (await ready()).doGenerate(callOptions),
    doStream: async (callOptions) => (await ready()).doStream(callOptions),
  };
}
