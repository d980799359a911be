import { randomUUID } from "node:crypto";
import type { LanguageModelV3CallOptions } from "@ai-sdk/provider";
import { toolLeadIn, writeAnswer } from "./answer-writer.ts";
import { type FillExtras, type FillOutcome, fillArguments } from "./argument-filler.ts";
import { clarificationText } from "./clarification-text.ts";
import { detectLanguage, type Language } from "./detect-language.ts";
import type { EntityCatalogue } from "./entity-catalogue.ts";
import { type MemoryTurn, readMemoryTurn } from "./memory-reply.ts";
import { type ConversationView, readConversation } from "./prompt-reader.ts";
import { type RequestContext, readRequest } from "./request-context.ts";
import { splitRequestSteps } from "./request-steps.ts";
import { describeResultsForMessage } from "./result-reference.ts";
import { asSchema } from "./schema-view.ts";
import { classifySmallTalk, smallTalkReply } from "./small-talk.ts";
import { findTableInValue } from "./table-data.ts";
import { readToolResult } from "./tool-result-reader.ts";
import { scoreTools, toolScoreThreshold } from "./tool-scorer.ts";
import type { ToolDefinition } from "./tool-vocabulary.ts";

/** A tool call the model decided to make. */
export interface PlannedToolCall {
  toolCallId: string;
  toolName: string;
  input: Record<string, unknown>;
}

/** What the model says this turn: why (for telemetry and evaluation), the text, and any tool calls. */
export interface TurnPlan {
  decision: "tool" | "clarify" | "answer" | "chat" | "memory";
  language: Language;
  text: string;
  toolCalls: PlannedToolCall[];
}

interface PlanningInput {
  options: LanguageModelV3CallOptions;
  catalogue: EntityCatalogue;
  now: Date;
}

function offeredTools(options: LanguageModelV3CallOptions): ToolDefinition[] {
  const choice = options.toolChoice;
  if (choice?.type === "none") return [];
  return (options.tools ?? []).flatMap((tool) => {
    if (tool.type !== "function" || (choice?.type === "tool" && tool.name !== choice.toolName)) return [];
    return [
      { name: tool.name, description: tool.description ?? "", inputSchema: asSchema(tool.inputSchema) ?? {} },
    ];
  });
}

function sameCall(
  left: { toolName: string; input: unknown },
  right: { toolName: string; input: unknown },
): boolean {
  return left.toolName === right.toolName && JSON.stringify(left.input) === JSON.stringify(right.input);
}

function toolCallPlan(tool: ToolDefinition, input: Record<string, unknown>, language: Language): TurnPlan {
  return {
    decision: "tool",
    language,
    text: toolLeadIn(tool.name, language),
    toolCalls: [{ toolCallId: `call_${randomUUID()}`, toolName: tool.name, input }],
  };
}

class TurnPlanner {
  private readonly tools: ToolDefinition[];
  private readonly conversation: ConversationView;
  private readonly language: Language;
  private readonly request: RequestContext;
  private readonly memory: MemoryTurn;
  /** The request's steps in order ("create the ticket, then tell #ops"); one for most requests. */
  private readonly steps: string[];

  constructor(private readonly input: PlanningInput) {
    this.tools = offeredTools(input.options);
    this.conversation = readConversation(input.options.prompt);
    const earlier = detectLanguage(this.conversation.earlierUserTexts.join(" "), "en");
    this.language = detectLanguage(this.conversation.userText, earlier);
    this.memory = readMemoryTurn(this.conversation.userText);
    this.steps = splitRequestSteps(this.memory.requestText);
    this.request = this.read(this.steps[0] ?? this.memory.requestText);
  }

  plan(): TurnPlan {
    const answered = this.conversation.turnCalls.filter((call) => call.output !== undefined);
    if (!this.conversation.endsWithUser && answered.length > 0) return this.planAfterResults();
    if (!this.conversation.endsWithUser && this.conversation.userText === "") return this.chat();
    return this.planForRequest();
  }

  private read(text: string): RequestContext {
    return readRequest({
      text,
      language: this.language,
      catalogue: this.input.catalogue,
      now: this.input.now,
    });
  }

  private ranked(request: RequestContext) {
    const scores = scoreTools(this.tools, request.features);
    const required =
      this.input.options.toolChoice?.type === "required" || this.input.options.toolChoice?.type === "tool";
    return scores.filter((score, index) => score.score >= toolScoreThreshold || (required && index === 0));
  }

  private planForRequest(): TurnPlan {
    const reply = this.memory.reply;
    if (reply) return { decision: "memory", ...reply, toolCalls: [] };
    const stepped = this.planNextStep();
    if (stepped) return stepped;
    const [best, ...others] = this.ranked(this.request);
    if (best)
      return this.planTool(
        best.tool,
        others.map((other) => other.tool),
        this.request,
      );
    const carried = this.planCarriedOver();
    if (carried) return carried;
    return this.chat();
  }

  private planTool(
    tool: ToolDefinition,
    alternatives: ToolDefinition[],
    request: RequestContext,
    extras: FillExtras = {},
  ): TurnPlan {
    const outcome = fillArguments(tool, request, extras);
    if (outcome.kind === "filled") return toolCallPlan(tool, outcome.input, this.language);
    if (outcome.clarification.reason === "missing-argument" && outcome.clarification.role === "rows") {
      // A chart needs data first: fetch it with the next tool the request points at, chart it after the result.
      for (const source of alternatives) {
        const sourceOutcome = fillArguments(source, request, extras);
        if (sourceOutcome.kind === "filled") return toolCallPlan(source, sourceOutcome.input, this.language);
        if (sourceOutcome.clarification.reason === "unknown-entity") return this.clarify(sourceOutcome);
      }
    }
    return this.clarify(outcome);
  }

  /** "And for Borealis?" after a KPI answer: the previous tool again, read from both sentences (the new one wins). */
  private planCarriedOver(): TurnPlan | undefined {
    const previous = this.conversation.earlierCalls[this.conversation.earlierCalls.length - 1];
    const tool = this.tools.find((candidate) => candidate.name === previous?.toolName);
    const request = this.request;
    const namesSomething =
      request.period !== undefined ||
      request.entities.known.length > 0 ||
      request.entities.unknown.length > 0;
    if (!tool || !namesSomething || request.features.tokens.length > 12) return undefined;
    const earlierText =
      this.conversation.earlierUserTexts[this.conversation.earlierUserTexts.length - 1] ?? "";
    return this.planTool(tool, [], this.read(`${earlierText}\n${this.conversation.userText}`));
  }

  /**
   * For a request of several steps: the first step no call of this turn has done yet, with what earlier steps made
   * at hand (a message can carry the new ticket's link). Undefined for a one-step request, when every step is done,
   * or when an earlier step failed or was denied (the answer then says so rather than going on).
   */
  private planNextStep(): TurnPlan | undefined {
    if (this.steps.length < 2) return undefined;
    const calls = this.conversation.turnCalls;
    const results = calls.filter((call) => call.output !== undefined).map(readToolResult);
    if (results.some((result) => result.status !== "ok")) return undefined;
    let done = 0;
    for (const step of this.steps) {
      const request = this.read(step);
      const [best, ...others] = this.ranked(request);
      if (!best) continue;
      const made = calls.findIndex((call, index) => index >= done && call.toolName === best.tool.name);
      if (made >= 0) {
        done = made + 1;
        continue;
      }
      const reference = describeResultsForMessage(results);
      const plan = this.planTool(
        best.tool,
        others.map((other) => other.tool),
        request,
        reference ? { reference } : {},
      );
      if (plan.decision !== "clarify" || results.length === 0) return plan;
      // Say what is already done before asking what the next step needs.
      const sofar = writeAnswer(results, this.conversation.userText, this.input.catalogue, this.language);
      return { ...plan, text: `${sofar}\n\n${plan.text}` };
    }
    return undefined;
  }

  private planAfterResults(): TurnPlan {
    const stepped = this.planNextStep();
    if (stepped) return stepped;
    const calls = this.conversation.turnCalls;
    const results = calls.filter((call) => call.output !== undefined).map(readToolResult);
    const table = results
      .filter((result) => result.status === "ok")
      .map((result) => findTableInValue(result.data))
      .find(Boolean);
    if (table) {
      for (const { tool } of this.ranked(this.request)) {
        if (calls.some((call) => call.toolName === tool.name)) continue;
        const outcome = fillArguments(tool, this.request, { table });
        if (
          outcome.kind === "filled" &&
          !calls.some((call) => sameCall(call, { toolName: tool.name, input: outcome.input }))
        ) {
          return toolCallPlan(tool, outcome.input, this.language);
        }
      }
    }
    const text = writeAnswer(results, this.conversation.userText, this.input.catalogue, this.language);
    return { decision: "answer", language: this.language, text, toolCalls: [] };
  }

  private clarify(outcome: Extract<FillOutcome, { kind: "clarify" }>): TurnPlan {
    const text = clarificationText(outcome.clarification, this.input.catalogue, this.language);
    return { decision: "clarify", language: this.language, text, toolCalls: [] };
  }

  private chat(): TurnPlan {
    const kind = classifySmallTalk(this.conversation.userText);
    return {
      decision: "chat",
      language: this.language,
      text: smallTalkReply(kind, this.tools, this.language),
      toolCalls: [],
    };
  }
}

/** Decides this turn: call a tool (with arguments), ask a clarifying question, answer from results, or chat. */
export function planTurn(input: PlanningInput): TurnPlan {
  return new TurnPlanner(input).plan();
}
