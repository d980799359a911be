/** BM25's term-frequency saturation and length normalization (the usual values). */
const K1 = 1.2;
const B = 0.75;

function termsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((word) => word.length > 1)
    .map((word) => word.slice(0, 6));
}

/**
 * Orders candidate passages by BM25 against the question, with the inverse document frequency taken over the
 * candidates themselves: a word that few candidates share ("work-hours") outweighs one that all of them share
 * ("sensor"). PostgreSQL's full-text rank has no such weighting, and the built-in embedder none either; this list is
 * fused with theirs. Words are cut to six letters, a crude stem that also folds plurals and Spanish endings.
 */
export function lexicalRerank<T extends { text: string; heading: string | null }>(
  candidates: T[],
  question: string,
): T[] {
  const wanted = [...new Set(termsOf(question))];
  if (wanted.length === 0 || candidates.length === 0) return [];
  const documents = candidates.map((candidate) => termsOf(`${candidate.heading ?? ""} ${candidate.text}`));
  const averageLength = documents.reduce((sum, terms) => sum + terms.length, 0) / documents.length || 1;
  const frequency = new Map<string, number>();
  for (const terms of documents)
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const scored = candidates.map((candidate, index) => {
    const terms = documents[index] ?? [];
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    let score = 0;
    for (const term of wanted) {
      const count = counts.get(term) ?? 0;
      if (count === 0) continue;
      const shared = frequency.get(term) ?? 0;
      const idf = Math.log(1 + (documents.length - shared + 0.5) / (shared + 0.5));
      score += (idf * count * (K1 + 1)) / (count + K1 * (1 - B + (B * terms.length) / averageLength));
    }
    return { candidate, score };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((left, right) => right.score - left.score)
    .map((entry) => entry.candidate);
}
