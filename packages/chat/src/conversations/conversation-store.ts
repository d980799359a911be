import { schema, type Tx } from "@penny/db";
import { and, desc, eq, exists, ilike, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { ChatError } from "../chat-error.ts";

const { conversations, messages, workspaces } = schema;

/** The title of a conversation nobody named; its first question names it. */
export const DEFAULT_CONVERSATION_TITLE = "New conversation";
const TITLE_LENGTH = 60;

/** A title from a question: its first line, whitespace collapsed, cut at a word near 60 characters. */
export function titleFromQuestion(question: string): string {
  const line = question.split(/\r?\n/).find((candidate) => candidate.trim().length > 0) ?? "";
  const text = line.replace(/\s+/g, " ").trim();
  if (text.length === 0) return DEFAULT_CONVERSATION_TITLE;
  if (text.length <= TITLE_LENGTH) return text;
  const cut = text.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?¿¡-]+$/, "")}…`;
}

/** What the API shows of a conversation. */
export interface ConversationView {
  id: string;
  title: string;
  pinned: boolean;
  sensitive: boolean;
  memoryEnabled: boolean;
  activeLeafId: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

const view = {
  id: conversations.id,
  title: conversations.title,
  pinned: conversations.pinned,
  sensitive: conversations.sensitive,
  memoryEnabled: conversations.memoryEnabled,
  activeLeafId: conversations.activeLeafId,
  createdAt: conversations.createdAt,
  updatedAt: conversations.updatedAt,
  deletedAt: conversations.deletedAt,
};

/** Creates a conversation in the tenant's default workspace, owned by `userId`. */
export async function createConversation(
  tx: Tx,
  input: { tenantId: string; userId: string; title?: string; sensitive?: boolean },
): Promise<ConversationView> {
  const [workspace] = await tx
    .select({ id: workspaces.id })
    .from(workspaces)
    .orderBy(desc(workspaces.isDefault), workspaces.createdAt)
    .limit(1);
  const workspaceId =
    workspace?.id ??
    (
      await tx
        .insert(workspaces)
        .values({ tenantId: input.tenantId, slug: "default", name: "Default", isDefault: true })
        .returning({ id: workspaces.id })
    )[0]?.id;
  const [created] = await tx
    .insert(conversations)
    .values({
      tenantId: input.tenantId,
      workspaceId: workspaceId as string,
      userId: input.userId,
      title: input.title ?? DEFAULT_CONVERSATION_TITLE,
      sensitive: input.sensitive ?? false,
    })
    .returning(view);
  return created as ConversationView;
}

/** The owner's conversation, or PENNY_CONVERSATION_NOT_FOUND (also for another user's or tenant's). */
export async function getConversation(
  tx: Tx,
  input: { userId: string; conversationId: string; includeDeleted?: boolean },
): Promise<ConversationView> {
  const [found] = await tx
    .select(view)
    .from(conversations)
    .where(
      and(
        eq(conversations.id, input.conversationId),
        eq(conversations.userId, input.userId),
        input.includeDeleted ? undefined : isNull(conversations.deletedAt),
      ),
    );
  if (!found) throw new ChatError("PENNY_CONVERSATION_NOT_FOUND", "No such conversation.");
  return found;
}

/** Locks the conversation row for the rest of the transaction (one run at a time per conversation). */
export async function lockConversation(
  tx: Tx,
  input: { userId: string; conversationId: string },
): Promise<ConversationView & { nextSeq: number }> {
  const [found] = await tx
    .select({ ...view, nextSeq: conversations.nextSeq })
    .from(conversations)
    .where(
      and(
        eq(conversations.id, input.conversationId),
        eq(conversations.userId, input.userId),
        isNull(conversations.deletedAt),
      ),
    )
    .for("update");
  if (!found) throw new ChatError("PENNY_CONVERSATION_NOT_FOUND", "No such conversation.");
  return found;
}

export interface ListConversationsInput {
  userId: string;
  /** Matches titles and message text, case-insensitively. */
  search?: string;
  /** Deleted conversations only (the trash), instead of live ones. */
  deleted?: boolean;
  limit: number;
  /** Where the previous page ended: its last item's pin, `updatedAt` and id. */
  before?: { pinned: boolean; updatedAt: Date; id: string };
}

/** The user's conversations, pinned first, then most recently updated; keyset-paginated. */
export async function listConversations(tx: Tx, input: ListConversationsInput): Promise<ConversationView[]> {
  const pattern = input.search ? `%${escapeLike(input.search)}%` : undefined;
  // Cursors carry milliseconds (JavaScript dates); compare and order at that precision so no row falls between.
  const updated = sql<Date>`date_trunc('milliseconds', ${conversations.updatedAt})`;
  const before = input.before;
  return tx
    .select(view)
    .from(conversations)
    .where(
      and(
        eq(conversations.userId, input.userId),
        input.deleted ? isNotNull(conversations.deletedAt) : isNull(conversations.deletedAt),
        pattern
          ? or(
              ilike(conversations.title, pattern),
              exists(
                tx
                  .select({ one: sql`1` })
                  .from(messages)
                  .where(
                    and(
                      eq(messages.conversationId, conversations.id),
                      sql`${messages.parts}::text ilike ${pattern}`,
                    ),
                  ),
              ),
            )
          : undefined,
        before
          ? or(
              lt(conversations.pinned, before.pinned),
              and(
                eq(conversations.pinned, before.pinned),
                or(
                  sql`${updated} < ${before.updatedAt.toISOString()}::timestamptz`,
                  and(
                    sql`${updated} = ${before.updatedAt.toISOString()}::timestamptz`,
                    lt(conversations.id, before.id),
                  ),
                ),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(conversations.pinned), desc(updated), desc(conversations.id))
    .limit(input.limit);
}

/** Changes title, pin, sensitivity or memory of the owner's conversation. */
export async function updateConversation(
  tx: Tx,
  input: {
    userId: string;
    conversationId: string;
    title?: string;
    pinned?: boolean;
    sensitive?: boolean;
    memoryEnabled?: boolean;
  },
): Promise<ConversationView> {
  const [updated] = await tx
    .update(conversations)
    .set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.pinned !== undefined ? { pinned: input.pinned } : {}),
      ...(input.sensitive !== undefined ? { sensitive: input.sensitive } : {}),
      ...(input.memoryEnabled !== undefined ? { memoryEnabled: input.memoryEnabled } : {}),
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(conversations.id, input.conversationId),
        eq(conversations.userId, input.userId),
        isNull(conversations.deletedAt),
      ),
    )
    .returning(view);
  if (!updated) throw new ChatError("PENNY_CONVERSATION_NOT_FOUND", "No such conversation.");
  return updated;
}

/** Moves the conversation to the trash (restorable) or back. */
export async function setConversationDeleted(
  tx: Tx,
  input: { userId: string; conversationId: string; deleted: boolean },
): Promise<ConversationView> {
  const [updated] = await tx
    .update(conversations)
    .set({ deletedAt: input.deleted ? new Date() : null })
    .where(
      and(
        eq(conversations.id, input.conversationId),
        eq(conversations.userId, input.userId),
        input.deleted ? isNull(conversations.deletedAt) : isNotNull(conversations.deletedAt),
      ),
    )
    .returning(view);
  if (!updated) throw new ChatError("PENNY_CONVERSATION_NOT_FOUND", "No such conversation.");
  return updated;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Which of `conversationIds` belong to `userId` (trash included): artifacts of the others are not theirs to see. */
export async function ownedConversationIds(
  tx: Tx,
  input: { userId: string; conversationIds: string[] },
): Promise<Set<string>> {
  if (input.conversationIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.userId, input.userId), inArray(conversations.id, input.conversationIds)));
  return new Set(rows.map((row) => row.id));
}
