/** Splits `text` into pieces of `size` characters (code points), or one piece when no size is given. */
export function chunkText(text: string, size: number | undefined): string[] {
  const characters = Array.from(text);
  if (size === undefined || size <= 0 || characters.length <= size) return [text];
  const chunks: string[] = [];
  for (let start = 0; start < characters.length; start += size) {
    chunks.push(characters.slice(start, start + size).join(""));
  }
  return chunks;
}

/** A rough, deterministic token count (four characters a token), for usage a scenario does not script. */
export function roughTokenCount(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
