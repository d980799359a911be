import { conceptWeight, extractFeatures, relatedConcepts, type TextFeatures } from "./concept-matcher.ts";
import { normalizeText, splitIdentifier, tokenize } from "./normalize-text.ts";

/** The enum value a request points at, or undefined when it points at none or at several equally. */
export function matchEnumValue(values: unknown[], request: TextFeatures): string | undefined {
  const implied = new Set([...request.concepts].flatMap((concept) => relatedConcepts(concept)));
  const requestNormal = request.tokens.map((token) => token.normal).join(" ");
  const scored = values
    .filter((value): value is string => typeof value === "string")
    .map((value) => {
      const features = extractFeatures(splitIdentifier(value).join(" "));
      let score = 0;
      for (const concept of features.concepts) {
        if (request.concepts.has(concept)) score += conceptWeight(concept);
        else if (implied.has(concept)) score += 0.5 * conceptWeight(concept);
      }
      for (const word of features.words) if (request.words.has(word)) score += 1;
      // The user's own word appearing in the value ("funnel" in "sales-funnel") beats a synonym's.
      const userStems = new Set(request.tokens.map((token) => token.stem));
      for (const token of tokenize(splitIdentifier(value).join(" ")))
        if (userStems.has(token.stem)) score += 0.25;
      const spelled = normalizeText(value)
        .replace(/[-_]+/g, " ")
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (spelled.length > 1 && new RegExp(`\\b${spelled}\\b`).test(requestNormal)) score += 2;
      return { value, score };
    })
    .filter((candidate) => candidate.score > 0)
    .sort((left, right) => right.score - left.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return undefined;
  return best.value;
}

/** The candidates that tie for best, for a clarifying question ("sales funnel or hiring pipeline?"). */
export function tiedEnumValues(values: unknown[], request: TextFeatures): string[] {
  const strings = values.filter((value): value is string => typeof value === "string");
  return strings.filter((value) => {
    const features = extractFeatures(splitIdentifier(value).join(" "));
    return [...features.concepts].some(
      (concept) => request.concepts.has(concept) && conceptWeight(concept) >= 1,
    );
  });
}
