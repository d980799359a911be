import { SpanStatusCode, trace } from "@opentelemetry/api";
import { auditPayloadHash, recordAudit } from "@penny/audit";
import type { UIMessageChunk } from "ai";
import { insertApproval } from "./approval-store.ts";
import type { Caller, ChatEngine, ToolOutcome } from "./ports.ts";
import {
  DOCUMENT_SEARCH_TOOL,
  finishToolInvocation,
  hasKnowledgeScope,
  insertToolInvocation,
  type KnowledgeScope,
} from "./run-store.ts";

const tracer = trace.getTracer("penny.chat");

/** A tool call the model asked for in one step. */
export interface RequestedToolCall {
  toolCallId: string;
  toolName: string;
  input: unknown;
  /** Set when the model's arguments were not even JSON. */
  inputError?: string;
}

/** What handling one call produced: chunks to stream, whether it now waits for a person, how it went. */
export interface HandledCall {
  chunks: UIMessageChunk[];
  waiting: boolean;
  failed: boolean;
}

interface CallContext {
  engine: ChatEngine;
  caller: Caller;
  conversationId: string;
  runId: string;
  answerId: string;
  toolsAllowed?: string[];
  /** The run's files and collections: a document search without a scope of its own searches these. */
  knowledge?: KnowledgeScope;
  signal: AbortSignal;
}

/** The model's search arguments with the run's scope added where the model named none. */
function scopedInput(context: CallContext, call: RequestedToolCall): unknown {
  if (call.toolName !== DOCUMENT_SEARCH_TOOL || !hasKnowledgeScope(context.knowledge)) return call.input;
  const input = (call.input ?? {}) as Record<string, unknown>;
  if (input.files !== undefined || input.collection !== undefined) return input;
  const { fileIds, collectionIds } = context.knowledge;
  return {
    ...input,
    ...(fileIds?.length ? { files: fileIds } : {}),
    ...(collectionIds?.length ? { collections: collectionIds } : {}),
  };
}

/**
 * Checks one call through the toolbox, then runs it, pauses it for approval, or turns the refusal into an error
 * result the model reads. Every call is stored and audited with hashes of its arguments and result.
 */
export async function handleToolCall(context: CallContext, call: RequestedToolCall): Promise<HandledCall> {
  const { engine, caller } = context;
  let checked: { arguments: Record<string, unknown>; needsApproval: boolean };
  try {
    if (call.inputError)
      throw Object.assign(new Error(call.inputError), { code: "PENNY_TOOL_ARGUMENTS_INVALID" });
    checked = await engine.toolbox.authorize({
      caller,
      name: call.toolName,
      arguments: scopedInput(context, call),
      toolsAllowed: context.toolsAllowed,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code ?? "PENNY_TOOL_FAILED";
    const refused = code === "PENNY_TOOL_FORBIDDEN" || code === "PENNY_TOOL_NOT_ALLOWED";
    await engine.database.withTenant(caller.tenantId, async (tx) => {
      const invocation = await insertToolInvocation(tx, {
        tenantId: caller.tenantId,
        runId: context.runId,
        toolName: call.toolName,
        toolCallId: call.toolCallId,
        arguments: call.input ?? null,
        argumentsHash: auditPayloadHash(call.input ?? null),
        status: refused ? "denied" : "failed",
      });
      await finishToolInvocation(tx, invocation.id, {
        status: refused ? "denied" : "failed",
        error: message,
      });
      await recordAudit(tx, {
        tenantId: caller.tenantId,
        actor: { type: "user", id: caller.userId },
        action: "tool.invoke",
        target: `tool:${call.toolName}`,
        outcome: refused ? "denied" : "failure",
        data: {
          runId: context.runId,
          toolCallId: call.toolCallId,
          code,
          argumentsHash: invocation.argumentsHash,
        },
      });
    });
    return {
      chunks: [{ type: "tool-output-error", toolCallId: call.toolCallId, errorText: `${code}: ${message}` }],
      waiting: false,
      failed: true,
    };
  }

  if (checked.needsApproval) {
    // The approval card says what will happen where ("Create an issue in Jira project OPS at …"), not only the JSON.
    const summary = await engine.toolbox.describe?.({
      caller,
      name: call.toolName,
      arguments: checked.arguments,
      signal: context.signal,
    });
    const expiresAt = new Date(
      (engine.now?.() ?? new Date()).getTime() + (engine.approvalTtlMs ?? 15 * 60_000),
    );
    const approval = await engine.database.withTenant(caller.tenantId, async (tx) => {
      const invocation = await insertToolInvocation(tx, {
        tenantId: caller.tenantId,
        runId: context.runId,
        toolName: call.toolName,
        toolCallId: call.toolCallId,
        arguments: checked.arguments,
        argumentsHash: auditPayloadHash(checked.arguments),
        status: "waiting_approval",
      });
      const created = await insertApproval(tx, {
        tenantId: caller.tenantId,
        toolInvocationId: invocation.id,
        requestedFor: caller.userId,
        expiresAt,
      });
      await recordAudit(tx, {
        tenantId: caller.tenantId,
        actor: { type: "user", id: caller.userId },
        action: "tool.approval.request",
        target: `tool:${call.toolName}`,
        data: {
          runId: context.runId,
          approvalId: created.id,
          argumentsHash: invocation.argumentsHash,
          ...(summary ? { summaryHash: auditPayloadHash(summary) } : {}),
        },
      });
      return created;
    });
    return {
      chunks: [
        { type: "tool-approval-request", approvalId: approval.id, toolCallId: call.toolCallId },
        {
          type: "data-approval",
          id: approval.id,
          data: {
            approvalId: approval.id,
            toolCallId: call.toolCallId,
            toolName: call.toolName,
            arguments: checked.arguments,
            ...(summary ? { summary } : {}),
            expiresAt: approval.expiresAt.toISOString(),
          },
        },
      ],
      waiting: true,
      failed: false,
    };
  }

  const invocation = await engine.database.withTenant(caller.tenantId, (tx) =>
    insertToolInvocation(tx, {
      tenantId: caller.tenantId,
      runId: context.runId,
      toolName: call.toolName,
      toolCallId: call.toolCallId,
      arguments: checked.arguments,
      argumentsHash: auditPayloadHash(checked.arguments),
      status: "running",
    }),
  );
  return runCheckedCall(context, {
    invocationId: invocation.id,
    toolCallId: call.toolCallId,
    toolName: call.toolName,
    arguments: checked.arguments,
  });
}

/** Runs a call that passed the checks (now, or after a person approved it) and records how it went. */
export async function runCheckedCall(
  context: CallContext,
  call: { invocationId: string; toolCallId: string; toolName: string; arguments: Record<string, unknown> },
): Promise<HandledCall> {
  const { engine, caller } = context;
  const outcome: ToolOutcome = await tracer.startActiveSpan(
    "penny.tool",
    { attributes: { "penny.tool.name": call.toolName, "penny.run.id": context.runId } },
    async (span) => {
      try {
        const ended = await engine.toolbox.execute({
          caller,
          name: call.toolName,
          arguments: call.arguments,
          signal: context.signal,
          lineage: {
            conversationId: context.conversationId,
            messageId: context.answerId,
            runId: context.runId,
            toolInvocationId: call.invocationId,
            toolName: call.toolName,
          },
        });
        span.setAttribute("penny.tool.outcome", ended.outcome);
        if (ended.outcome !== "succeeded")
          span.setStatus({ code: SpanStatusCode.ERROR, message: ended.outcome });
        return ended;
      } finally {
        span.end();
      }
    },
  );
  const succeeded = outcome.outcome === "succeeded" && outcome.result !== undefined;
  const output = succeeded
    ? {
        summary: outcome.result?.summary,
        data: outcome.result?.data,
        artifacts: outcome.result?.artifacts ?? [],
      }
    : null;
  const resultHash = auditPayloadHash(output ?? { error: outcome.error ?? outcome.outcome });
  await engine.database.withTenant(caller.tenantId, async (tx) => {
    await finishToolInvocation(tx, call.invocationId, {
      status: succeeded ? "succeeded" : outcome.outcome === "timed_out" ? "timed_out" : "failed",
      result: output ? { summary: output.summary, artifacts: output.artifacts } : null,
      resultHash,
      error: succeeded ? null : (outcome.error ?? outcome.outcome),
      durationMs: Math.round(outcome.durationMs),
    });
    await recordAudit(tx, {
      tenantId: caller.tenantId,
      actor: { type: "user", id: caller.userId },
      action: "tool.invoke",
      target: `tool:${call.toolName}`,
      outcome: succeeded ? "success" : "failure",
      data: {
        runId: context.runId,
        toolCallId: call.toolCallId,
        outcome: outcome.outcome,
        argumentsHash: auditPayloadHash(call.arguments),
        resultHash,
        durationMs: Math.round(outcome.durationMs),
      },
    });
  });
  // How long the call took, for the tool card; a data part, so the model's view of the result stays the tool's own.
  const timing: UIMessageChunk = {
    type: "data-tool-timing",
    id: `timing-${call.toolCallId}`,
    data: {
      toolCallId: call.toolCallId,
      durationMs: Math.round(outcome.durationMs),
      outcome: outcome.outcome,
    },
  };
  if (!succeeded) {
    const reason =
      outcome.outcome === "timed_out"
        ? "The tool took too long and was stopped."
        : (outcome.error ?? "The tool failed.");
    return {
      chunks: [{ type: "tool-output-error", toolCallId: call.toolCallId, errorText: reason }, timing],
      waiting: false,
      failed: true,
    };
  }
  const artifactChunks: UIMessageChunk[] = (output?.artifacts ?? []).map((artifact) => ({
    type: "data-artifact",
    id: `${artifact.id}@${artifact.version}`,
    data: { ...artifact, toolCallId: call.toolCallId, toolName: call.toolName },
  }));
  return {
    chunks: [
      { type: "tool-output-available", toolCallId: call.toolCallId, output },
      timing,
      ...artifactChunks,
    ],
    waiting: false,
    failed: false,
  };
}
