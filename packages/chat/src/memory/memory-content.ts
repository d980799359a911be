import { MemoryError } from "./memory-error.ts";

/** The longest fact kept, in characters: one fact, not a document. */
export const MAX_MEMORY_LENGTH = 500;

/** The content as stored: whitespace runs made single spaces, trimmed; MemoryError when empty, too long or unstorable. */
export function checkMemoryContent(content: string): string {
  if (content.includes("\0")) {
    throw new MemoryError("PENNY_VALIDATION_FAILED", "A memory cannot contain NUL characters.");
  }
  const cleaned = content.replace(/\s+/g, " ").trim();
  if (cleaned === "") throw new MemoryError("PENNY_VALIDATION_FAILED", "A memory needs some text.");
  if (cleaned.length > MAX_MEMORY_LENGTH) {
    throw new MemoryError(
      "PENNY_VALIDATION_FAILED",
      `A memory is at most ${MAX_MEMORY_LENGTH} characters; this one has ${cleaned.length}. Keep one short fact per memory.`,
    );
  }
  return cleaned;
}

/** True when two facts are the same but for case, accents, spacing and closing punctuation. */
export function sameFact(left: string, right: string): boolean {
  return comparable(left) === comparable(right);
}

function comparable(content: string): string {
  return content
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.!;,]+$/u, "")
    .trim();
}
