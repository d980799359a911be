/** Longest quote a citation carries; longer sentences are cut at a word. */
const MAX_QUOTE = 280;

function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => word.length > 2);
}

/**
 * The sentence of `passage` that shares the most words (or word beginnings, so "refunds" meets "refund") with the
 * question: the span a citation quotes and the viewer highlights. It is taken verbatim from the passage.
 */
export function bestQuote(passage: string, question: string): string {
  const wanted = wordsOf(question).map((word) => word.slice(0, 5));
  const sentences = passage
    // A run of dots (a table's leader) does not end a sentence; a line break does.
    .split(/(?<=[^.][.!?;:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  let best = sentences[0] ?? passage.trim();
  let bestScore = -1;
  for (const sentence of sentences) {
    const stems = new Set(wordsOf(sentence).map((word) => word.slice(0, 5)));
    const score = wanted.filter((stem) => stems.has(stem)).length;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  if (best.length <= MAX_QUOTE) return best;
  const cut = best.slice(0, MAX_QUOTE);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_QUOTE - 40));
}
