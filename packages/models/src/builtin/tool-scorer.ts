import { conceptWeight, type TextFeatures } from "./concept-matcher.ts";
import { isNearWord } from "./edit-distance.ts";
import { buildToolVocabulary, type ToolDefinition, type ToolVocabulary } from "./tool-vocabulary.ts";

/** How well a request matches one tool. */
export interface ToolScore {
  tool: ToolDefinition;
  score: number;
}

/** Below this a request is not taken as asking for any tool (one specific word in a description scores ~5). */
export const toolScoreThreshold = 2;

function documentFrequencies(vocabularies: ToolVocabulary[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const vocabulary of vocabularies) {
    for (const key of vocabulary.keys()) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
  }
  return frequencies;
}

function wordWeight(vocabulary: ToolVocabulary, word: string): number {
  const exact = vocabulary.get(`w:${word}`);
  if (exact !== undefined) return exact;
  if (word.length < 5) return 0;
  for (const [key, weight] of vocabulary) {
    if (key.startsWith("w:") && key.length > 6 && isNearWord(word, key.slice(2))) return weight * 0.8;
  }
  return 0;
}

/**
 * Scores every tool against the request: each concept or word the request shares with a tool counts by where the
 * tool says it (name > description > properties), by how specific it is among the offered tools (inverse document
 * frequency) and by how much the concept says about intent. Sorted best first.
 */
export function scoreTools(tools: ToolDefinition[], request: TextFeatures): ToolScore[] {
  const vocabularies = tools.map(buildToolVocabulary);
  const frequencies = documentFrequencies(vocabularies);
  const specificity = (key: string) => 1 + Math.log(tools.length / Math.max(1, frequencies.get(key) ?? 1));
  const scores = tools.map((tool, position) => {
    const vocabulary = vocabularies[position] as ToolVocabulary;
    let score = 0;
    for (const concept of request.concepts) {
      const weight = vocabulary.get(`c:${concept}`);
      if (weight !== undefined) score += weight * specificity(`c:${concept}`) * conceptWeight(concept);
    }
    for (const word of request.words) {
      const weight = wordWeight(vocabulary, word);
      if (weight > 0) score += weight * specificity(`w:${word}`);
    }
    return { tool, score };
  });
  return scores.sort((left, right) => right.score - left.score);
}
