import { type Span, SpanStatusCode, trace } from "@opentelemetry/api";
import { recordAudit } from "@penny/audit";
import {
  convertToModelMessages,
  jsonSchema,
  streamText,
  type ToolSet,
  type UIMessage,
  type UIMessageChunk,
} from "ai";
import { getConversation } from "../conversations/conversation-store.ts";
import { RunEventWriter } from "../events/run-event-writer.ts";
import { updateMessageParts } from "../messages/message-store.ts";
import { loadMessageTree, pathTo } from "../messages/message-tree.ts";
import { applyChunks } from "./apply-chunks.ts";
import type { Caller, ChatEngine, Redaction, StreamingTextFilter } from "./ports.ts";
import {
  DOCUMENT_SEARCH_TOOL,
  finishToolInvocation,
  hasKnowledgeScope,
  type RunOptions,
  updateRun,
} from "./run-store.ts";
import { type HandledCall, handleToolCall, type RequestedToolCall, runCheckedCall } from "./tool-calls.ts";

/** A tool call a person decided on while the run was paused. */
export interface DecidedCall {
  invocationId: string;
  toolCallId: string;
  toolName: string;
  decision: "approved" | "denied" | "expired";
  arguments: Record<string, unknown>;
  reason?: string;
}

export interface SegmentInput {
  engine: ChatEngine;
  caller: Caller;
  conversationId: string;
  runId: string;
  userMessageId: string;
  answerId: string;
  options: RunOptions;
  firstSeq: number;
  decided?: DecidedCall[];
  /** Aborts the segment (a stop request). */
  signal: AbortSignal;
}

/** The channel a run listens on for a stop request, from any server process. */
export function runControlChannel(tenantId: string, runId: string): string {
  return `run:${tenantId}:${runId}`;
}

/**
 * One stretch of a run: from a user's message (or an approval decision) until the model answers, a tool call waits
 * for a person, the step limit is reached, the run is stopped, or something fails. Every chunk is numbered, stored
 * and published through the writer; the answer message is kept up to date after each step so a later segment, a
 * reload or another process sees the same state.
 */
export function runSegment(input: SegmentInput): Promise<void> {
  const attributes = {
    "penny.tenant.id": input.caller.tenantId,
    "penny.conversation.id": input.conversationId,
    "penny.run.id": input.runId,
    "penny.run.resumed": input.decided !== undefined,
  };
  return tracer.startActiveSpan("penny.run", { attributes }, async (span) => {
    try {
      await runTracedSegment(input, span);
    } finally {
      span.end();
    }
  });
}

const tracer = trace.getTracer("penny.chat");

async function runTracedSegment(input: SegmentInput, span: Span): Promise<void> {
  const { engine, caller, runId } = input;
  const tenantId = caller.tenantId;
  const writer = new RunEventWriter({
    database: engine.database,
    bus: engine.bus,
    tenantId,
    conversationId: input.conversationId,
    runId,
    firstSeq: input.firstSeq,
  });
  const startedAt = performance.now();
  let ttftMs: number | null = null;
  let inputTokens = 0;
  let outputTokens = 0;
  let toolCalls = 0;
  let toolFailures = 0;
  let modelId = "unknown";
  let selection: { model: string; label: string; reason: string } | null = null;
  let pricing: { inputPerMillion: number; outputPerMillion: number } | undefined;
  // What the privacy filters took out, by kind: the largest count seen in any step's prompt (each step resends the
  // ones before it) and the sum over the answer's text.
  const redactedInput = new Map<string, number>();
  const redactedOutput = new Map<string, number>();
  let answer: UIMessage = { id: input.answerId, role: "assistant", parts: [] };

  const emitAll = async (chunks: UIMessageChunk[]) => {
    for (const chunk of chunks) writer.emit(chunk);
    answer = await applyChunks(answer, chunks);
  };
  const saveAnswer = () =>
    engine.database.withTenant(tenantId, (tx) =>
      updateMessageParts(tx, { messageId: input.answerId, parts: answer.parts, model: modelId }),
    );

  const finish = async (
    status: "succeeded" | "failed" | "cancelled" | "waiting_approval",
    error?: string,
  ): Promise<void> => {
    const closing: UIMessageChunk =
      status === "cancelled"
        ? { type: "abort", reason: "stopped" }
        : { type: "finish", messageMetadata: { status, runId } };
    const costUsd = pricing
      ? (inputTokens * pricing.inputPerMillion + outputTokens * pricing.outputPerMillion) / 1_000_000
      : null;
    // The closing chunk, the answer and the run's status commit together: a client that reads `finish` may send
    // its next message at once and finds the run ended.
    await writer.finalize([closing], async (tx) => {
      await updateMessageParts(tx, { messageId: input.answerId, parts: answer.parts, model: modelId });
      await updateRun(tx, runId, {
        status,
        model: modelId,
        ttftMs: ttftMs === null ? null : Math.round(ttftMs),
        usage: {
          inputTokens,
          outputTokens,
          toolCalls,
          toolFailures,
          ...(costUsd === null ? {} : { costUsd }),
        },
        error: error ?? null,
        finishedAt: status === "waiting_approval" ? null : new Date(),
      });
      if (selection) {
        await recordAudit(tx, {
          tenantId,
          actor: { type: "user", id: caller.userId },
          action: "model.select",
          target: `model:${selection.model}`,
          data: { runId, ...selection },
        });
      }
      if (redactedInput.size > 0 || redactedOutput.size > 0) {
        await recordAudit(tx, {
          tenantId,
          actor: { type: "user", id: caller.userId },
          action: "privacy.redact",
          target: `run:${runId}`,
          data: { runId, model: modelId, input: countsOf(redactedInput), output: countsOf(redactedOutput) },
        });
      }
    });
    span.setAttributes({
      "penny.run.status": status,
      "penny.model": modelId,
      "penny.run.input_tokens": inputTokens,
      "penny.run.output_tokens": outputTokens,
      "penny.run.tool_calls": toolCalls,
      ...(ttftMs === null ? {} : { "penny.run.ttft_ms": Math.round(ttftMs) }),
      ...(costUsd === null ? {} : { "penny.run.cost_usd": costUsd }),
    });
    if (status === "failed") span.setStatus({ code: SpanStatusCode.ERROR, message: error });
    engine.onRunFinished?.({
      runId,
      tenantId,
      model: modelId,
      status,
      ttftMs,
      inputTokens,
      outputTokens,
      toolCalls,
      toolFailures,
      costUsd,
    });
  };

  try {
    // Everything the first model call needs is read in one transaction.
    const { history, existing, system, available, resolved } = await engine.database.withTenant(
      tenantId,
      async (tx) => {
        const conversation = await getConversation(tx, {
          userId: caller.userId,
          conversationId: input.conversationId,
        });
        const tree = await loadMessageTree(tx, input.conversationId);
        const history = pathTo(tree, input.userMessageId).filter(
          (node) => node.role === "user" || node.role === "assistant",
        );
        const userText = textOf(history.at(-1)?.parts ?? []);
        const system = await engine.systemPrompt?.({
          tx,
          caller,
          conversationId: input.conversationId,
          memoryEnabled: conversation.memoryEnabled,
          text: userText,
          userMessageId: input.userMessageId,
          options: input.options,
          resumed: input.decided !== undefined,
        });
        const available = (await engine.toolbox.available(caller, tx)).filter(
          (tool) => !input.options.toolsAllowed?.length || input.options.toolsAllowed.includes(tool.name),
        );
        const resolved = await engine.resolveModel({
          caller,
          tx,
          sensitive: conversation.sensitive,
          requested: input.options.requestedModel,
          text: userText,
          toolCount: available.length,
          historyLength: history.length,
        });
        return {
          history,
          existing: tree.nodes.get(input.answerId)?.parts ?? [],
          system,
          available,
          resolved,
        };
      },
    );
    answer = { id: input.answerId, role: "assistant", parts: existing as UIMessage["parts"] };
    const callContext = {
      engine,
      caller,
      conversationId: input.conversationId,
      runId,
      answerId: input.answerId,
      toolsAllowed: input.options.toolsAllowed,
      knowledge: input.options.knowledge,
      signal: input.signal,
    };
    writer.emit({ type: "start", messageId: input.answerId });
    if (system?.announce.length) await emitAll(system.announce);

    for (const decided of input.decided ?? []) {
      toolCalls += 1;
      answer = recordApprovalResponse(answer, decided);
      if (decided.decision === "approved") {
        const handled = await runCheckedCall(callContext, decided);
        if (handled.failed) toolFailures += 1;
        await emitAll(handled.chunks);
      } else {
        await engine.database.withTenant(tenantId, (tx) =>
          finishToolInvocation(tx, decided.invocationId, {
            status: "denied",
            error: decided.decision === "expired" ? "approval expired" : (decided.reason ?? "denied"),
          }),
        );
        await emitAll([{ type: "tool-output-denied", toolCallId: decided.toolCallId }]);
      }
    }

    modelId = resolved.id;
    // Audited with the segment's last update rather than here: the audit chain's lock is shared by the whole
    // tenant, and taking it before the first token would make every concurrent answer wait for the others.
    selection = { model: resolved.id, label: resolved.label, reason: resolved.reason };
    pricing = resolved.pricing;
    const newFilter = await engine.outputFilter?.(caller);
    const tools: ToolSet = Object.fromEntries(
      available.map((tool) => [
        tool.name,
        { description: tool.description, inputSchema: jsonSchema(tool.inputSchema as never) },
      ]),
    );
    const historyMessages: UIMessage[] = history.map((node) => ({
      id: node.id,
      role: node.role as "user" | "assistant",
      parts: node.parts as UIMessage["parts"],
    }));

    const maxSteps = engine.maxSteps ?? 6;
    for (let step = 0; step < maxSteps; step += 1) {
      if (input.signal.aborted) return await finish("cancelled");
      const converted = await convertToModelMessages(
        answer.parts.length > 0 ? [...historyMessages, answer] : historyMessages,
        { ignoreIncompleteToolCalls: true },
      );
      const prompt = engine.protectPrompt
        ? await engine.protectPrompt({
            caller,
            model: resolved,
            system: system?.text || undefined,
            messages: converted,
          })
        : { system: system?.text || undefined, messages: converted, redactions: [] };
      if (raiseCounts(redactedInput, prompt.redactions)) {
        await emitAll([redactionNotice("input", redactedInput)]);
      }
      let streamError: string | undefined;
      const filters = new Map<string, StreamingTextFilter>();
      const outputBefore = totalOf(redactedOutput);
      // Files attached or a collection chosen: the answer starts by searching them, whatever the model would pick.
      const searchFirst =
        step === 0 &&
        answer.parts.length === 0 &&
        hasKnowledgeScope(input.options.knowledge) &&
        DOCUMENT_SEARCH_TOOL in tools;
      const result = streamText({
        model: resolved.model,
        system: prompt.system,
        messages: prompt.messages,
        tools,
        ...(searchFirst ? { toolChoice: { type: "tool" as const, toolName: DOCUMENT_SEARCH_TOOL } } : {}),
        abortSignal: input.signal,
        maxRetries: 0,
        // The AI SDK's own spans (model call, first chunk, tokens) nest under the run's; prompts and answers stay
        // out of the traces, which leave the tenant's data boundary.
        experimental_telemetry: {
          isEnabled: true,
          functionId: "penny.chat",
          recordInputs: false,
          recordOutputs: false,
        },
        // The failure reaches the client as an `error` chunk (below) and the log here, not the console.
        onError: ({ error }) => engine.log?.error({ err: error, runId }, "model stream failed"),
      });
      const stepChunks: UIMessageChunk[] = [];
      for await (const chunk of result.toUIMessageStream({
        sendStart: false,
        sendFinish: false,
        onError: (error) => {
          streamError = describeModelError(error);
          return streamError;
        },
      })) {
        // A stop ends the segment through `finish("cancelled")`, which writes the one abort event.
        if (chunk.type === "abort") continue;
        if (ttftMs === null && (chunk.type === "text-delta" || chunk.type === "tool-input-start")) {
          ttftMs = performance.now() - startedAt;
        }
        for (const filtered of newFilter ? filterText(chunk, filters, newFilter, redactedOutput) : [chunk]) {
          writer.emit(filtered);
          stepChunks.push(filtered);
        }
      }
      if (totalOf(redactedOutput) > outputBefore) {
        const notice = redactionNotice("output", redactedOutput);
        writer.emit(notice);
        stepChunks.push(notice);
      }
      answer = await applyChunks(answer, stepChunks);
      if (input.signal.aborted) return await finish("cancelled");
      if (streamError !== undefined) return await finish("failed", streamError);
      const usage = await Promise.resolve(result.totalUsage).catch(() => undefined);
      inputTokens += usage?.inputTokens ?? 0;
      outputTokens += usage?.outputTokens ?? 0;

      // A redacted prompt gets placeholders back in the model's tool arguments: the tool acts on the real values.
      const calls = requestedCalls(stepChunks).map((call) =>
        prompt.restore ? { ...call, input: prompt.restore(call.input) } : call,
      );
      if (calls.length === 0) return await finish("succeeded");
      let waiting = false;
      for (const call of calls) {
        toolCalls += 1;
        const handled: HandledCall = await handleToolCall(callContext, call);
        if (handled.failed) toolFailures += 1;
        waiting ||= handled.waiting;
        await emitAll(handled.chunks);
      }
      await saveAnswer();
      if (waiting) return await finish("waiting_approval");
    }
    await emitAll([
      { type: "text-start", id: `${runId}-limit` },
      {
        type: "text-delta",
        id: `${runId}-limit`,
        delta: "I stopped here: this answer reached its step limit.",
      },
      { type: "text-end", id: `${runId}-limit` },
    ]);
    await finish("succeeded");
  } catch (error) {
    if (input.signal.aborted) {
      await finish("cancelled").catch((cause) => engine.log?.error({ err: cause }, "run cancel failed"));
      return;
    }
    engine.log?.error({ err: error, runId }, "run failed");
    const message = describeModelError(error);
    writer.emit({ type: "error", errorText: message });
    await finish("failed", message).catch((cause) => engine.log?.error({ err: cause }, "run finish failed"));
  }
}

function requestedCalls(chunks: UIMessageChunk[]): RequestedToolCall[] {
  const calls: RequestedToolCall[] = [];
  for (const chunk of chunks) {
    if (chunk.type === "tool-input-available" && !chunk.providerExecuted) {
      calls.push({ toolCallId: chunk.toolCallId, toolName: chunk.toolName, input: chunk.input });
    } else if (chunk.type === "tool-input-error") {
      calls.push({
        toolCallId: chunk.toolCallId,
        toolName: chunk.toolName,
        input: chunk.input,
        inputError: chunk.errorText,
      });
    }
  }
  return calls;
}

function textOf(parts: unknown[]): string {
  return parts
    .map((part) =>
      (part as { type?: string; text?: string }).type === "text"
        ? ((part as { text: string }).text ?? "")
        : "",
    )
    .join(" ")
    .trim();
}

/** A message a person can read; details stay in the log. */
function describeModelError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "PENNY_MODEL_UNAVAILABLE") return "No model could answer right now; try again in a moment.";
  const name = (error as { name?: string } | null)?.name ?? "";
  if (name.includes("APICallError")) return "The model provider returned an error; try again in a moment.";
  return "Something went wrong while answering; the conversation is still usable.";
}

/** Marks the call's part as answered by a person, as an AI SDK client does before it sends an approval back. */
function recordApprovalResponse(answer: UIMessage, decided: DecidedCall): UIMessage {
  return {
    ...answer,
    parts: answer.parts.map((part) => {
      const candidate = part as { toolCallId?: string; approval?: { id: string } };
      if (candidate.toolCallId !== decided.toolCallId || !candidate.approval) return part;
      return {
        ...part,
        state: "approval-responded",
        approval: {
          id: candidate.approval.id,
          approved: decided.decision === "approved",
          reason: decided.decision === "expired" ? "The approval expired." : decided.reason,
        },
      } as UIMessage["parts"][number];
    }),
  };
}

/** Raises each kind's count to the new one when larger; true when something grew (a new notice is due). */
function raiseCounts(counts: Map<string, number>, redactions: Redaction[]): boolean {
  let grew = false;
  for (const { kind, count } of redactions) {
    if (count > (counts.get(kind) ?? 0)) {
      counts.set(kind, count);
      grew = true;
    }
  }
  return grew;
}

function totalOf(counts: Map<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

function countsOf(counts: Map<string, number>): Redaction[] {
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/** Tells the person what the privacy filters took out, by kind and count, never the values. */
function redactionNotice(direction: "input" | "output", counts: Map<string, number>): UIMessageChunk {
  return {
    type: "data-redaction",
    id: `redaction-${direction}`,
    data: { direction, redactions: countsOf(counts) },
  } as UIMessageChunk;
}

/**
 * Passes a chunk through the answer's output filter: text deltas come out filtered (a value that may continue is
 * held back until the next delta or the text's end), everything else unchanged.
 */
function filterText(
  chunk: UIMessageChunk,
  filters: Map<string, StreamingTextFilter>,
  newFilter: () => StreamingTextFilter,
  found: Map<string, number>,
): UIMessageChunk[] {
  if (chunk.type !== "text-delta" && chunk.type !== "text-end") return [chunk];
  let filter = filters.get(chunk.id);
  if (!filter) {
    filter = newFilter();
    filters.set(chunk.id, filter);
  }
  const out = chunk.type === "text-delta" ? filter.push(chunk.delta) : filter.flush();
  for (const { kind, count } of out.redactions) found.set(kind, (found.get(kind) ?? 0) + count);
  const chunks: UIMessageChunk[] = [];
  if (out.text) chunks.push({ type: "text-delta", id: chunk.id, delta: out.text });
  if (chunk.type === "text-end") chunks.push(chunk);
  return chunks;
}
