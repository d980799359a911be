import type { Tx } from "@penny/db";
import { closestMemory, defaultRecallLimits, type RecallLimits, rankMemories } from "./memory-match.ts";
import { deleteMemory, type MemoryView, userMemories } from "./memory-store.ts";

/** The user's facts most relevant to `text` (see rankMemories), leaving out `excludeId` (a fact just saved). */
export async function recallMemories(
  tx: Tx,
  input: { userId: string; text: string; excludeId?: string; limits?: RecallLimits },
): Promise<MemoryView[]> {
  const kept = await userMemories(tx, input.userId);
  return rankMemories(
    kept.filter((memory) => memory.id !== input.excludeId),
    input.text,
    input.limits ?? defaultRecallLimits,
  );
}

/** Deletes the user's fact closest to `description` (see closestMemory); undefined when none is close enough. */
export async function forgetClosestMemory(
  tx: Tx,
  input: { userId: string; description: string },
): Promise<MemoryView | undefined> {
  const match = closestMemory(await userMemories(tx, input.userId), input.description);
  if (!match) return undefined;
  return deleteMemory(tx, { userId: input.userId, memoryId: match.id });
}
