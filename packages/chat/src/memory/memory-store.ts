import { schema, type Tx } from "@penny/db";
import { and, desc, eq, sql } from "drizzle-orm";
import { checkMemoryContent, sameFact } from "./memory-content.ts";
import { MemoryError } from "./memory-error.ts";

const { memories } = schema;

/** How many facts one person keeps at most; past it they delete some first. */
export const MAX_MEMORIES_PER_USER = 200;

/** A remembered fact as its owner sees it. */
export interface MemoryView {
  id: string;
  content: string;
  /** Where it came from: `conversation:<id>/message:<id>` when said in a chat, null when added by hand. */
  source: string | null;
  createdAt: Date;
}

const view = {
  id: memories.id,
  content: memories.content,
  source: memories.source,
  createdAt: memories.createdAt,
};

// Newest first, with the id breaking ties between facts saved in one transaction.
const newestFirst = [desc(memories.createdAt), desc(memories.id)];

/** Every fact `userId` keeps, newest first (at most MAX_MEMORIES_PER_USER). */
export async function userMemories(tx: Tx, userId: string): Promise<MemoryView[]> {
  return tx
    .select(view)
    .from(memories)
    .where(eq(memories.userId, userId))
    .orderBy(...newestFirst);
}

/**
 * Keeps a fact for `userId`. The same fact said again (case, accents and spacing aside) is not kept twice: the
 * one already kept comes back with `created: false`. MemoryError when the content is not valid or the user keeps
 * MAX_MEMORIES_PER_USER facts already.
 */
export async function addMemory(
  tx: Tx,
  input: { tenantId: string; userId: string; content: string; source?: string | null },
): Promise<{ memory: MemoryView; created: boolean }> {
  const content = checkMemoryContent(input.content);
  // One writer per user at a time, so two saves at once cannot pass the limit or store the same fact twice.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`penny:memory:${input.userId}`}, 0))`);
  const kept = await userMemories(tx, input.userId);
  const same = kept.find((memory) => sameFact(memory.content, content));
  if (same) return { memory: same, created: false };
  if (kept.length >= MAX_MEMORIES_PER_USER) {
    throw new MemoryError(
      "PENNY_CONFLICT",
      `You keep ${MAX_MEMORIES_PER_USER} memories, the most there is room for: delete some before adding more.`,
    );
  }
  const [memory] = await tx
    .insert(memories)
    .values({ tenantId: input.tenantId, userId: input.userId, content, source: input.source ?? null })
    .returning(view);
  if (!memory) throw new Error("insert returned no row");
  return { memory, created: true };
}

/** One page of the user's facts, newest first, and the cursor of the next page (null on the last). */
export async function listMemories(
  tx: Tx,
  input: { userId: string; limit: number; cursor?: string },
): Promise<{ memories: MemoryView[]; nextCursor: string | null }> {
  const after = input.cursor === undefined ? undefined : readCursor(input.cursor);
  // The cursor keeps the database's microseconds: JavaScript dates would lose them and skip or repeat a fact.
  const rows = await tx
    .select({
      ...view,
      position: sql<string>`to_char(${memories.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(memories)
    .where(
      and(
        eq(memories.userId, input.userId),
        after
          ? sql`(${memories.createdAt}, ${memories.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(...newestFirst)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page.at(-1) : undefined;
  return {
    memories: page.map(({ position: _, ...memory }) => memory),
    nextCursor: last ? Buffer.from(`${last.position}|${last.id}`, "utf8").toString("base64url") : null,
  };
}

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function readCursor(cursor: string): { createdAt: string; id: string } {
  const match = CURSOR.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) {
    throw new MemoryError("PENNY_VALIDATION_FAILED", "The cursor is not one this API gave out.");
  }
  return { createdAt: match[1] as string, id: match[2] as string };
}

/** Deletes one of the user's facts; MemoryError (not found) for an unknown id or another person's fact. */
export async function deleteMemory(tx: Tx, input: { userId: string; memoryId: string }): Promise<MemoryView> {
  const [deleted] = await tx
    .delete(memories)
    .where(and(eq(memories.id, input.memoryId), eq(memories.userId, input.userId)))
    .returning(view);
  if (!deleted) throw new MemoryError("PENNY_NOT_FOUND", "No such memory.");
  return deleted;
}

/** Deletes every fact the user keeps; returns how many there were. */
export async function deleteAllMemories(tx: Tx, input: { userId: string }): Promise<number> {
  const deleted = await tx
    .delete(memories)
    .where(eq(memories.userId, input.userId))
    .returning({ id: memories.id });
  return deleted.length;
}
