import { schema, type Tx } from "@penny/db";
import { and, eq } from "drizzle-orm";
import { ChatError } from "../chat-error.ts";

const { conversations, messages } = schema;

/** Adds a message under `parentId` (null: a new root) and makes it the conversation's active leaf. */
export async function appendMessage(
  tx: Tx,
  input: {
    tenantId: string;
    conversationId: string;
    parentId: string | null;
    role: "user" | "assistant" | "system";
    parts: unknown[];
    authorId?: string | null;
    model?: string | null;
  },
): Promise<{ id: string; createdAt: Date }> {
  if (input.parentId) {
    const [parent] = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.id, input.parentId), eq(messages.conversationId, input.conversationId)));
    if (!parent)
      throw new ChatError("PENNY_MESSAGE_NOT_FOUND", "The parent message is not in this conversation.");
  }
  const [created] = await tx
    .insert(messages)
    .values({
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      parentId: input.parentId,
      role: input.role,
      parts: input.parts,
      authorId: input.authorId ?? null,
      model: input.model ?? null,
    })
    .returning({ id: messages.id, createdAt: messages.createdAt });
  if (!created) throw new Error("insert returned no row");
  await tx
    .update(conversations)
    .set({ activeLeafId: created.id, updatedAt: new Date() })
    .where(eq(conversations.id, input.conversationId));
  return created;
}

/**
 * A person's message and the empty answer under it, in one insert and one update of the active leaf: what every
 * new question writes before its run starts.
 */
export async function appendExchange(
  tx: Tx,
  input: {
    tenantId: string;
    conversationId: string;
    parentId: string | null;
    authorId: string;
    parts: unknown[];
  },
): Promise<{ userMessageId: string; answerId: string }> {
  if (input.parentId) {
    const [parent] = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.id, input.parentId), eq(messages.conversationId, input.conversationId)));
    if (!parent)
      throw new ChatError("PENNY_MESSAGE_NOT_FOUND", "The parent message is not in this conversation.");
  }
  const userMessageId = crypto.randomUUID();
  const answerId = crypto.randomUUID();
  const common = { tenantId: input.tenantId, conversationId: input.conversationId };
  await tx.insert(messages).values([
    {
      ...common,
      id: userMessageId,
      parentId: input.parentId,
      role: "user",
      parts: input.parts,
      authorId: input.authorId,
    },
    { ...common, id: answerId, parentId: userMessageId, role: "assistant", parts: [] },
  ]);
  await tx
    .update(conversations)
    .set({ activeLeafId: answerId, updatedAt: new Date() })
    .where(eq(conversations.id, input.conversationId));
  return { userMessageId, answerId };
}

/** Replaces a message's parts (the assistant's answer grows step by step). */
export async function updateMessageParts(
  tx: Tx,
  input: { messageId: string; parts: unknown[]; model?: string | null },
): Promise<void> {
  await tx
    .update(messages)
    .set({ parts: input.parts, ...(input.model !== undefined ? { model: input.model } : {}) })
    .where(eq(messages.id, input.messageId));
}

/** Makes `leafId` the conversation's active leaf (switching branches). */
export async function setActiveLeaf(
  tx: Tx,
  input: { conversationId: string; leafId: string },
): Promise<void> {
  await tx
    .update(conversations)
    .set({ activeLeafId: input.leafId })
    .where(eq(conversations.id, input.conversationId));
}
