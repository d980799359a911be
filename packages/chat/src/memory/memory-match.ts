import { memoryTerms } from "@penny/models";
import { sameFact } from "./memory-content.ts";

/** What matching needs of a fact. */
export interface MatchableMemory {
  content: string;
  createdAt: Date;
}

/** How much of the recalled memory goes into a prompt: a few short facts, never the whole list. */
export interface RecallLimits {
  maxItems: number;
  maxChars: number;
}

export const defaultRecallLimits: RecallLimits = { maxItems: 8, maxChars: 1_200 };

function shared(wanted: ReadonlySet<string>, content: string): { count: number; size: number } {
  const terms = memoryTerms(content);
  return { count: terms.filter((term) => wanted.has(term)).length, size: terms.length };
}

const newerFirst = (left: MatchableMemory, right: MatchableMemory) =>
  right.createdAt.getTime() - left.createdAt.getTime();

/**
 * The facts that share words with `text` (accents folded, light stems, filler words ignored), most shared words
 * first and newest first on ties, as many as fit in the limits. Facts sharing nothing are left out.
 */
export function rankMemories<T extends MatchableMemory>(
  memories: readonly T[],
  text: string,
  limits: RecallLimits = defaultRecallLimits,
): T[] {
  const wanted = new Set(memoryTerms(text));
  if (wanted.size === 0) return [];
  const ranked = memories
    .map((memory) => ({ memory, score: shared(wanted, memory.content).count }))
    .filter((entry) => entry.score > 0)
    .sort((left, right) => right.score - left.score || newerFirst(left.memory, right.memory));
  const chosen: T[] = [];
  let chars = 0;
  for (const { memory } of ranked) {
    if (chosen.length >= limits.maxItems) break;
    if (chars + memory.content.length > limits.maxChars) continue;
    chosen.push(memory);
    chars += memory.content.length;
  }
  return chosen;
}

/**
 * The fact a person means by `description` ("forget that my team is Borealis"): the same fact, or the one sharing
 * the most of its words relative to both lengths, provided it holds at least half of the description's words.
 * Newest first on ties; undefined when none is close enough.
 */
export function closestMemory<T extends MatchableMemory>(
  memories: readonly T[],
  description: string,
): T | undefined {
  const same = memories.filter((memory) => sameFact(memory.content, description)).sort(newerFirst)[0];
  if (same) return same;
  const wanted = new Set(memoryTerms(description));
  if (wanted.size === 0) return undefined;
  let best: { memory: T; similarity: number } | undefined;
  for (const memory of [...memories].sort(newerFirst)) {
    const { count, size } = shared(wanted, memory.content);
    if (count * 2 < wanted.size) continue;
    const similarity = (2 * count) / (wanted.size + size);
    if (!best || similarity > best.similarity) best = { memory, similarity };
  }
  return best?.memory;
}
