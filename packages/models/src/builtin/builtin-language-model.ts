import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { type EntityCatalogue, parseEntityCatalogue } from "./entity-catalogue.ts";
import { planTurn, type TurnPlan } from "./plan-turn.ts";

/** How the built-in model is shown to people wherever models are listed. */
export const BUILTIN_MODEL_NAME = "Built-in (offline)";

/** Roughly one token per four characters, as the usage a real model would report. */
function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function usageOf(options: LanguageModelV3CallOptions, plan: TurnPlan): LanguageModelV3Usage {
  const input = tokens(JSON.stringify(options.prompt));
  const output = tokens(plan.text + JSON.stringify(plan.toolCalls.map((call) => call.input)));
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

/** Word-sized pieces (each word with the space before it), so the text streams token by token. */
function words(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/**
 * Penny's default model when no provider is configured: a deterministic planner behind the AI SDK's language-model
 * interface, so the chat, the tool router and every client treat it like any other model. It reads the offered
 * tools' JSON Schemas and the conversation, and either calls a tool, asks a clarifying question, or answers.
 */
export class BuiltinLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = "penny";
  readonly modelId = "builtin";
  readonly supportedUrls = {};
  private readonly catalogue: EntityCatalogue;

  constructor(options: { catalogue: EntityCatalogue; now?: () => Date }) {
    this.catalogue = parseEntityCatalogue(options.catalogue);
    this.now = options.now ?? (() => new Date());
  }

  private readonly now: () => Date;

  private plan(options: LanguageModelV3CallOptions): TurnPlan {
    return planTurn({ options, catalogue: this.catalogue, now: this.now() });
  }

  async doGenerate(options: LanguageModelV3CallOptions) {
    options.abortSignal?.throwIfAborted();
    const plan = this.plan(options);
    const content: LanguageModelV3Content[] = [
      ...(plan.text ? [{ type: "text" as const, text: plan.text }] : []),
      ...plan.toolCalls.map((call) => ({
        type: "tool-call" as const,
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        input: JSON.stringify(call.input),
      })),
    ];
    return {
      content,
      finishReason: {
        unified: plan.toolCalls.length > 0 ? ("tool-calls" as const) : ("stop" as const),
        raw: undefined,
      },
      usage: usageOf(options, plan),
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV3CallOptions) {
    const plan = this.plan(options);
    const signal = options.abortSignal;
    const parts: LanguageModelV3StreamPart[] = [{ type: "stream-start", warnings: [] }];
    if (plan.text) {
      parts.push({ type: "text-start", id: "text-0" });
      for (const word of words(plan.text)) parts.push({ type: "text-delta", id: "text-0", delta: word });
      parts.push({ type: "text-end", id: "text-0" });
    }
    for (const call of plan.toolCalls) {
      const input = JSON.stringify(call.input);
      parts.push({ type: "tool-input-start", id: call.toolCallId, toolName: call.toolName });
      parts.push({ type: "tool-input-delta", id: call.toolCallId, delta: input });
      parts.push({ type: "tool-input-end", id: call.toolCallId });
      parts.push({ type: "tool-call", toolCallId: call.toolCallId, toolName: call.toolName, input });
    }
    parts.push({
      type: "finish",
      finishReason: { unified: plan.toolCalls.length > 0 ? "tool-calls" : "stop", raw: undefined },
      usage: usageOf(options, plan),
    });
    let index = 0;
    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      pull(controller) {
        if (signal?.aborted) {
          controller.error(signal.reason ?? new DOMException("Aborted", "AbortError"));
          return;
        }
        const part = parts[index];
        index += 1;
        if (part) controller.enqueue(part);
        else controller.close();
      },
    });
    return { stream };
  }
}

/** The built-in offline model for a tenant, knowing its units, projects and people by name. */
export function createBuiltinModel(options: {
  catalogue: EntityCatalogue;
  now?: () => Date;
}): LanguageModelV3 {
  return new BuiltinLanguageModel(options);
}
