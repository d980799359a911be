import { randomUUID } from "node:crypto";
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamResult,
  SharedV3ProviderMetadata,
} from "@ai-sdk/provider";
import { type EntityCatalogue, parseEntityCatalogue } from "./entity-catalogue.ts";
import { planTurn, type TurnPlan } from "./plan-turn.ts";
import { emitParts, streamPartsOf } from "./stream-emitter.ts";
import { approximateUsage } from "./usage.ts";

/** How the built-in model is shown to people wherever models are listed. */
export const BUILTIN_MODEL_NAME = "Built-in (offline)";
/** The same label under the name the model's brief uses (the package index exports BUILTIN_MODEL_NAME). */
export const BUILTIN_MODEL_LABEL = BUILTIN_MODEL_NAME;
/** The provider id of the built-in model. */
export const BUILTIN_PROVIDER_ID = "penny";
/** The model id of the built-in model. */
export const BUILTIN_MODEL_ID = "builtin";

/** Options of the built-in model. */
export interface BuiltinModelOptions {
  catalogue: EntityCatalogue;
  /** The clock (tests fix it); used for named months and response timestamps. */
  now?: () => Date;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function metadataOf(plan: TurnPlan): SharedV3ProviderMetadata {
  return { penny: { decision: plan.decision, language: plan.language } };
}

function outputText(plan: TurnPlan): string {
  return plan.text + plan.toolCalls.map((call) => JSON.stringify(call.input)).join("");
}

/**
 * Penny's default model when no provider is configured: a deterministic planner behind the AI SDK's language-model
 * interface, so the chat, the tool router and every client treat it like any other model. It reads the offered
 * tools' JSON Schemas and the conversation, and either calls a tool, asks a clarifying question, or answers.
 */
export class BuiltinLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = BUILTIN_PROVIDER_ID;
  readonly modelId = BUILTIN_MODEL_ID;
  readonly supportedUrls: Record<string, RegExp[]> = {};

  private readonly catalogue: EntityCatalogue;
  private readonly now: () => Date;

  constructor(options: BuiltinModelOptions) {
    this.catalogue = parseEntityCatalogue(options?.catalogue);
    this.now = options.now ?? (() => new Date());
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    throwIfAborted(options.abortSignal);
    const timestamp = this.now();
    const plan = planTurn({ options, catalogue: this.catalogue, now: timestamp });
    const content: LanguageModelV3Content[] = [];
    if (plan.text.length > 0) content.push({ type: "text", text: plan.text });
    for (const call of plan.toolCalls) {
      content.push({
        type: "tool-call",
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        input: JSON.stringify(call.input),
      });
    }
    const reason = plan.toolCalls.length > 0 ? "tool-calls" : "stop";
    return {
      content,
      finishReason: { unified: reason, raw: reason },
      usage: approximateUsage(options, outputText(plan)),
      providerMetadata: metadataOf(plan),
      response: { id: `builtin-${randomUUID()}`, modelId: this.modelId, timestamp },
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    throwIfAborted(options.abortSignal);
    const timestamp = this.now();
    const plan = planTurn({ options, catalogue: this.catalogue, now: timestamp });
    const parts = streamPartsOf({
      plan,
      usage: approximateUsage(options, outputText(plan)),
      responseId: `builtin-${randomUUID()}`,
      modelId: this.modelId,
      timestamp,
      providerMetadata: metadataOf(plan),
    });
    return { stream: emitParts(parts, options.abortSignal) };
  }
}

/** Creates the built-in offline model; the catalogue is validated (BuiltinCatalogueInvalidError when malformed). */
export function createBuiltinModel(options: BuiltinModelOptions): LanguageModelV3 {
  return new BuiltinLanguageModel(options);
}
