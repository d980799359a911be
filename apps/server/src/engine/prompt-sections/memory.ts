import { recordAudit } from "@penny/audit";
import {
  addMemory,
  forgetClosestMemory,
  type MemoryCommand,
  MemoryError,
  type MemoryView,
  parseMemoryCommand,
  recallMemories,
  type SystemPromptInput,
} from "@penny/chat";
import type { UIMessageChunk } from "ai";
import type { PromptSection } from "../system-prompt.ts";

/** What the stream tells the client about the memory: a fact saved or forgotten, or a command that could not be. */
type MemoryNotice =
  | { action: "saved" | "forgotten"; id: string; content: string }
  | { action: "rejected"; content: string; reason: string };

interface CommandOutcome {
  /** The fact saved or deleted, kept out of this message's recall. */
  memory?: MemoryView;
  notice: MemoryNotice;
  /** What the model is told, so it answers in line with what happened. */
  text: string;
}

function announcement(notice: MemoryNotice): UIMessageChunk {
  return {
    type: "data-memory",
    ...("id" in notice ? { id: notice.id } : {}),
    data: notice,
  } as UIMessageChunk;
}

async function audit(input: SystemPromptInput, action: string, memory: MemoryView): Promise<void> {
  await recordAudit(input.tx, {
    tenantId: input.caller.tenantId,
    actor: { type: "user", id: input.caller.userId },
    action,
    target: `memory:${memory.id}`,
    data: { via: "chat", conversationId: input.conversationId, messageId: input.userMessageId },
    // Hashed, never stored: the audit log shows that a fact changed, not what the person said.
    payload: { content: memory.content },
  });
}

async function remember(input: SystemPromptInput, content: string): Promise<CommandOutcome> {
  try {
    const { memory, created } = await addMemory(input.tx, {
      tenantId: input.caller.tenantId,
      userId: input.caller.userId,
      content,
      source: `conversation:${input.conversationId}/message:${input.userMessageId}`,
    });
    if (created) await audit(input, "memory.create", memory);
    return {
      memory,
      notice: { action: "saved", id: memory.id, content: memory.content },
      text: `The user asked you to remember this, and it is now saved in their memory: "${memory.content}". Acknowledge it briefly.`,
    };
  } catch (error) {
    if (!(error instanceof MemoryError)) throw error;
    return {
      notice: { action: "rejected", content, reason: error.message },
      text: `The user asked you to remember "${content}", but it was not saved: ${error.message} Tell them so.`,
    };
  }
}

async function forget(input: SystemPromptInput, description: string): Promise<CommandOutcome> {
  const memory = await forgetClosestMemory(input.tx, { userId: input.caller.userId, description });
  if (!memory) {
    const reason = "Nothing in your memory matches it.";
    return {
      notice: { action: "rejected", content: description, reason },
      text: `The user asked you to forget "${description}", but nothing in their memory matches it. Tell them so.`,
    };
  }
  await audit(input, "memory.delete", memory);
  return {
    memory,
    notice: { action: "forgotten", id: memory.id, content: memory.content },
    text: `The user asked you to forget "${description}": "${memory.content}" is now deleted from their memory. Confirm it briefly.`,
  };
}

function carryOut(input: SystemPromptInput, command: MemoryCommand): Promise<CommandOutcome> {
  return command.action === "remember" ? remember(input, command.content) : forget(input, command.content);
}

function recalledText(memories: MemoryView[]): string | undefined {
  if (memories.length === 0) return undefined;
  const lines = memories.map((memory) => `- ${memory.content}`).join("\n");
  return `What you know about this user from earlier conversations (use it where it helps; do not recite it unasked):\n${lines}`;
}

/**
 * The user's memory in the conversation: an explicit "remember …"/"forget …" in their message is carried out
 * (audited, announced as a `data-memory` part), and the facts most relevant to the message are recalled into the
 * system prompt. A conversation with memory off neither adds nor recalls; a run resuming after an approval recalls
 * but does not carry the command out again.
 */
export const memorySection: PromptSection = async (input) => {
  if (!input.memoryEnabled) return null;
  const command = input.resumed ? undefined : parseMemoryCommand(input.text);
  const outcome = command ? await carryOut(input, command) : undefined;
  const recalled = await recallMemories(input.tx, {
    userId: input.caller.userId,
    text: input.text,
    excludeId: outcome?.memory?.id,
  });
  const text = [outcome?.text, recalledText(recalled)].filter(Boolean).join("\n\n");
  if (!outcome && !text) return null;
  return { text, announce: outcome ? [announcement(outcome.notice)] : [] };
};
