/** Words per query the full-text search looks for; a longer question keeps its first ones. */
const MAX_TERMS = 32;

/**
 * The words of a question as a full-text OR query (`word | word`): any word may match and ranking rewards the
 * passages that match more of them. Only letters and digits survive, so the text is safe for `to_tsquery`; the
 * database drops stop words and stems the rest in each chunk's language.
 */
export function queryTerms(question: string): string {
  const words =
    question
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.filter((word) => word.length > 1))].slice(0, MAX_TERMS);
  return unique.join(" | ");
}
