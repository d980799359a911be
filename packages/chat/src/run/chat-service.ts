import { recordAudit } from "@penny/audit";
import type { Unsubscribe } from "@penny/bus";
import { ChatError } from "../chat-error.ts";
import {
  DEFAULT_CONVERSATION_TITLE,
  getConversation,
  lockConversation,
  titleFromQuestion,
  updateConversation,
} from "../conversations/conversation-store.ts";
import { RunEventWriter } from "../events/run-event-writer.ts";
import { appendExchange, appendMessage, setActiveLeaf } from "../messages/message-store.ts";
import { loadMessageTree, newestLeafUnder } from "../messages/message-tree.ts";
import {
  decideApprovalRow,
  decidedCallsOfRun,
  lockApproval,
  overdueApprovals,
  pendingApprovalsOfRun,
} from "./approval-store.ts";
import type { Caller, ChatEngine } from "./ports.ts";
import { type DecidedCall, runControlChannel, runSegment } from "./run-segment.ts";
import {
  assertNoActiveRun,
  findActiveRun,
  finishToolInvocation,
  insertRun,
  type RunOptions,
  updateRun,
} from "./run-store.ts";

/** A user's message as the chat API receives it. */
export interface SendMessageInput {
  caller: Caller;
  conversationId: string;
  content: string;
  /** Files and artifacts attached, as AI SDK file parts. */
  attachments?: { url: string; mediaType: string; filename?: string }[];
  /** Reply under this message instead of the active leaf: editing a message makes a sibling branch. */
  parentMessageId?: string | null;
  options: RunOptions;
}

/** Where a started run writes: its ids and the first sequence number its events will carry. */
export interface StartedRun {
  runId: string;
  userMessageId: string;
  answerId: string;
  firstSeq: number;
}

/**
 * The conversation service's write side: sends messages, regenerates answers, stops runs and takes approval
 * decisions. Runs execute in this process in the background; their events reach clients through the event log and
 * the bus, so any process can serve the stream.
 */
export class ChatService {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(readonly engine: ChatEngine) {}

  /** Whether this process is executing the run now (the stale-run reaper leaves those alone). */
  isRunning(runId: string): boolean {
    return this.running.has(runId);
  }

  /** Stores the user's message and an empty answer, opens a run and starts it. */
  async send(input: SendMessageInput): Promise<StartedRun> {
    const { caller } = input;
    const started = await this.engine.database.withTenant(caller.tenantId, async (tx) => {
      const conversation = await lockConversation(tx, {
        userId: caller.userId,
        conversationId: input.conversationId,
      });
      await assertNoActiveRun(tx, input.conversationId);
      const parentId =
        input.parentMessageId === undefined ? conversation.activeLeafId : input.parentMessageId;
      // The first question names a conversation nobody named.
      if (conversation.activeLeafId === null && conversation.title === DEFAULT_CONVERSATION_TITLE) {
        await updateConversation(tx, {
          userId: caller.userId,
          conversationId: input.conversationId,
          title: titleFromQuestion(input.content),
        });
      }
      const { userMessageId, answerId } = await appendExchange(tx, {
        tenantId: caller.tenantId,
        conversationId: input.conversationId,
        parentId,
        authorId: caller.userId,
        parts: [
          { type: "text", text: input.content },
          ...(input.attachments ?? []).map((file) => ({ type: "file", ...file })),
        ],
      });
      const run = await insertRun(tx, {
        tenantId: caller.tenantId,
        conversationId: input.conversationId,
        messageId: userMessageId,
        answerId,
        options: input.options,
      });
      return { runId: run.id, userMessageId, answerId, firstSeq: conversation.nextSeq };
    });
    this.launch(caller, input.conversationId, started, input.options);
    return started;
  }

  /** Answers the user message `messageId` again, as a new sibling of its earlier answers. */
  async regenerate(input: {
    caller: Caller;
    conversationId: string;
    messageId: string;
    options: RunOptions;
  }): Promise<StartedRun> {
    const { caller } = input;
    const started = await this.engine.database.withTenant(caller.tenantId, async (tx) => {
      const conversation = await lockConversation(tx, {
        userId: caller.userId,
        conversationId: input.conversationId,
      });
      await assertNoActiveRun(tx, input.conversationId);
      const tree = await loadMessageTree(tx, input.conversationId);
      const node = tree.nodes.get(input.messageId);
      if (!node) throw new ChatError("PENNY_MESSAGE_NOT_FOUND", "No such message in this conversation.");
      // Regenerating an answer means answering its question again.
      const question = node.role === "assistant" && node.parentId ? tree.nodes.get(node.parentId) : node;
      if (question?.role !== "user") {
        throw new ChatError("PENNY_BRANCH_INVALID", "Only a question or its answer can be regenerated.");
      }
      const answer = await appendMessage(tx, {
        tenantId: caller.tenantId,
        conversationId: input.conversationId,
        parentId: question.id,
        role: "assistant",
        parts: [],
      });
      const run = await insertRun(tx, {
        tenantId: caller.tenantId,
        conversationId: input.conversationId,
        messageId: question.id,
        answerId: answer.id,
        options: input.options,
      });
      return {
        runId: run.id,
        userMessageId: question.id,
        answerId: answer.id,
        firstSeq: conversation.nextSeq,
      };
    });
    this.launch(caller, input.conversationId, started, input.options);
    return started;
  }

  /** Makes the branch through `messageId` the active one. */
  async switchBranch(input: { caller: Caller; conversationId: string; messageId: string }): Promise<string> {
    const { caller } = input;
    return this.engine.database.withTenant(caller.tenantId, async (tx) => {
      await getConversation(tx, { userId: caller.userId, conversationId: input.conversationId });
      const tree = await loadMessageTree(tx, input.conversationId);
      const leafId = newestLeafUnder(tree, input.messageId);
      await setActiveLeaf(tx, { conversationId: input.conversationId, leafId });
      return leafId;
    });
  }

  /**
   * Stops the conversation's active run. A run writing in some process is told over the bus and ends itself with an
   * `abort` event; a run paused for approval is ended here, its approvals expired.
   */
  async stop(input: { caller: Caller; conversationId: string }): Promise<{ runId: string | null }> {
    const { caller } = input;
    const paused = await this.engine.database.withTenant(caller.tenantId, async (tx) => {
      const conversation = await lockConversation(tx, {
        userId: caller.userId,
        conversationId: input.conversationId,
      });
      const run = await findActiveRun(tx, input.conversationId);
      if (!run) return { runId: null, writer: null };
      if (run.status !== "waiting_approval") return { runId: run.id, writer: null };
      for (const pending of await pendingApprovalsOfRun(tx, run.id)) {
        await decideApprovalRow(tx, {
          approvalId: pending.approval.id,
          status: "expired",
          decidedBy: caller.userId,
          reason: "stopped",
        });
        await finishToolInvocation(tx, pending.invocation.id, { status: "denied", error: "stopped" });
      }
      await updateRun(tx, run.id, { status: "cancelled", finishedAt: new Date() });
      return { runId: run.id, writer: { firstSeq: conversation.nextSeq } };
    });
    if (paused.runId && paused.writer) {
      const writer = new RunEventWriter({
        database: this.engine.database,
        bus: this.engine.bus,
        tenantId: caller.tenantId,
        conversationId: input.conversationId,
        runId: paused.runId,
        firstSeq: paused.writer.firstSeq,
      });
      writer.emit({ type: "abort", reason: "stopped" });
      await writer.drain();
    } else if (paused.runId) {
      this.running.get(paused.runId)?.controller.abort();
      await this.engine.bus.publish(runControlChannel(caller.tenantId, paused.runId), "stop");
    }
    return { runId: paused.runId };
  }

  /**
   * A person's decision on a tool call waiting for approval: approve (optionally with edited arguments, checked
   * again like the model's), or deny. The run continues in this process from where it paused.
   */
  async decide(input: {
    caller: Caller;
    approvalId: string;
    decision: "approve" | "deny";
    editedArguments?: Record<string, unknown>;
    reason?: string;
  }): Promise<{ status: "approved" | "denied"; runId: string; conversationId: string }> {
    const { caller } = input;
    const now = this.engine.now?.() ?? new Date();
    // Edited arguments are checked by the tool router, which opens its own transaction: do it before taking locks
    // (on PGlite a transaction inside another would wait for itself).
    let editedArguments: Record<string, unknown> | undefined;
    if (input.decision === "approve" && input.editedArguments) {
      const pending = await this.engine.database.withTenant(caller.tenantId, async (tx) => {
        const found = await lockApproval(tx, input.approvalId);
        await getConversation(tx, { userId: caller.userId, conversationId: found.run.conversationId }).catch(
          () => {
            throw new ChatError("PENNY_APPROVAL_NOT_FOUND", "No such approval.");
          },
        );
        return found;
      });
      const checked = await this.engine.toolbox.authorize({
        caller,
        name: pending.invocation.toolName,
        arguments: input.editedArguments,
        toolsAllowed: (pending.run.options as RunOptions).toolsAllowed,
      });
      editedArguments = checked.arguments;
    }
    const decided = await this.engine.database.withTenant(caller.tenantId, async (tx) => {
      const { approval, invocation, run } = await lockApproval(tx, input.approvalId);
      const conversation = await getConversation(tx, {
        userId: caller.userId,
        conversationId: run.conversationId,
      }).catch(() => {
        throw new ChatError("PENNY_APPROVAL_NOT_FOUND", "No such approval.");
      });
      if (approval.status !== "pending") {
        throw new ChatError("PENNY_APPROVAL_DECIDED", `This approval was already ${approval.status}.`);
      }
      if (approval.expiresAt.getTime() <= now.getTime()) {
        throw new ChatError("PENNY_APPROVAL_EXPIRED", "This approval has expired; ask again.");
      }
      const status: "approved" | "denied" = input.decision === "approve" ? "approved" : "denied";
      await decideApprovalRow(tx, {
        approvalId: approval.id,
        status,
        decidedBy: caller.userId,
        reason: input.reason,
        editedArguments,
      });
      await recordAudit(tx, {
        tenantId: caller.tenantId,
        actor: { type: "user", id: caller.userId },
        action: `tool.approval.${status === "approved" ? "approve" : "deny"}`,
        target: `tool:${invocation.toolName}`,
        data: { approvalId: approval.id, runId: run.id, edited: input.editedArguments !== undefined },
      });
      const stillPending = (await pendingApprovalsOfRun(tx, run.id)).length > 0;
      const locked = await lockConversation(tx, { userId: caller.userId, conversationId: conversation.id });
      if (!stillPending) await updateRun(tx, run.id, { status: "running" });
      return {
        status,
        run,
        stillPending,
        firstSeq: locked.nextSeq,
        tool: invocation.toolName,
        waitMs: now.getTime() - approval.createdAt.getTime(),
      };
    });
    this.engine.onApprovalDecided?.({ tool: decided.tool, decision: decided.status, waitMs: decided.waitMs });
    if (!decided.stillPending) {
      const decisions = await this.decisionsOf(caller.tenantId, decided.run.id);
      this.launch(
        caller,
        decided.run.conversationId,
        {
          runId: decided.run.id,
          userMessageId: decided.run.messageId,
          answerId: decided.run.answerId as string,
          firstSeq: decided.firstSeq,
        },
        decided.run.options as RunOptions,
        decisions,
      );
    }
    return { status: decided.status, runId: decided.run.id, conversationId: decided.run.conversationId };
  }

  /**
   * Expires approvals nobody decided in time; each expiry counts as a denial and the run goes on. Any process may
   * run this: the status update decides which one wins.
   */
  async expireOverdueApprovals(resolveCaller: (tenantId: string, userId: string) => Promise<Caller | null>) {
    const now = this.engine.now?.() ?? new Date();
    const overdue = await this.engine.database.withPlatform((tx) => overdueApprovals(tx, now, 100));
    let expired = 0;
    for (const item of overdue) {
      const result = await this.engine.database.withTenant(item.tenantId, async (tx) => {
        const { approval, invocation, run } = await lockApproval(tx, item.id);
        if (approval.status !== "pending" || !approval.requestedFor) return null;
        await decideApprovalRow(tx, { approvalId: approval.id, status: "expired", decidedBy: null });
        this.engine.onApprovalDecided?.({
          tool: invocation.toolName,
          decision: "expired",
          waitMs: now.getTime() - approval.createdAt.getTime(),
        });
        await recordAudit(tx, {
          tenantId: item.tenantId,
          actor: { type: "system" },
          action: "tool.approval.expire",
          target: `tool:${invocation.toolName}`,
          data: { approvalId: approval.id, runId: run.id },
        });
        const stillPending = (await pendingApprovalsOfRun(tx, run.id)).length > 0;
        if (stillPending || run.status !== "waiting_approval") return null;
        const conversation = await lockConversation(tx, {
          userId: approval.requestedFor,
          conversationId: run.conversationId,
        });
        await updateRun(tx, run.id, { status: "running" });
        return {
          run,
          userId: approval.requestedFor,
          firstSeq: conversation.nextSeq,
        };
      });
      if (!result) continue;
      expired += 1;
      const caller = await resolveCaller(item.tenantId, result.userId);
      if (!caller) continue;
      const decisions = await this.decisionsOf(item.tenantId, result.run.id);
      this.launch(
        caller,
        result.run.conversationId,
        {
          runId: result.run.id,
          userMessageId: result.run.messageId,
          answerId: result.run.answerId as string,
          firstSeq: result.firstSeq,
        },
        result.run.options as RunOptions,
        decisions,
      );
    }
    return expired;
  }

  /** Resolves when every run this process started has settled (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()].map((run) => run.done));
  }

  /** Stops every run of this process (shutdown). */
  async close(): Promise<void> {
    for (const run of this.running.values()) run.controller.abort();
    await this.settled();
  }

  /** Every decided call of the run's current pause (several calls of one step may each have waited). */
  private async decisionsOf(tenantId: string, runId: string): Promise<DecidedCall[]> {
    const rows = await this.engine.database.withTenant(tenantId, (tx) => decidedCallsOfRun(tx, runId));
    return rows.map((row) => ({
      invocationId: row.invocation.id,
      toolCallId: row.invocation.toolCallId,
      toolName: row.invocation.toolName,
      decision: row.approval.status as DecidedCall["decision"],
      arguments: (row.approval.editedArguments ?? row.invocation.arguments) as Record<string, unknown>,
      reason: row.approval.reason ?? undefined,
    }));
  }

  private launch(
    caller: Caller,
    conversationId: string,
    started: StartedRun,
    options: RunOptions,
    decided?: DecidedCall[],
  ): void {
    const controller = new AbortController();
    let unsubscribe: Unsubscribe | undefined;
    const done = (async () => {
      unsubscribe = await this.engine.bus.subscribe(runControlChannel(caller.tenantId, started.runId), () =>
        controller.abort(),
      );
      await runSegment({
        engine: this.engine,
        caller,
        conversationId,
        runId: started.runId,
        userMessageId: started.userMessageId,
        answerId: started.answerId,
        options,
        firstSeq: started.firstSeq,
        decided,
        signal: controller.signal,
      });
    })()
      .catch((error) => this.engine.log?.error({ err: error, runId: started.runId }, "run crashed"))
      .finally(async () => {
        await unsubscribe?.().catch(() => {});
        this.running.delete(started.runId);
      });
    this.running.set(started.runId, { controller, done });
  }
}
