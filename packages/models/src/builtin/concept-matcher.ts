import { isNearWord } from "./edit-distance.ts";
import { type Concept, lexicon } from "./lexicon.ts";
import { type Token, tokenize } from "./normalize-text.ts";
import { isStopword } from "./stopwords.ts";

/** What a piece of text is about: the lexicon concepts it names and its other content words (stems). */
export interface TextFeatures {
  tokens: Token[];
  concepts: Set<string>;
  words: Set<string>;
}

interface PhraseEntry {
  stems: string[];
  concept: string;
}

interface LexiconIndex {
  singles: Map<string, Set<string>>;
  phrases: PhraseEntry[];
  related: Map<string, string[]>;
  weights: Map<string, number>;
}

function buildIndex(concepts: readonly Concept[]): LexiconIndex {
  const singles = new Map<string, Set<string>>();
  const phrases: PhraseEntry[] = [];
  const related = new Map<string, string[]>();
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    related.set(concept.id, concept.related ?? []);
    weights.set(concept.id, concept.weight ?? 1);
    for (const term of concept.terms) {
      const stems = tokenize(term).map((token) => token.stem);
      if (stems.length === 1 && stems[0] !== undefined) {
        const owners = singles.get(stems[0]) ?? new Set<string>();
        owners.add(concept.id);
        singles.set(stems[0], owners);
      } else if (stems.length > 1) {
        phrases.push({ stems, concept: concept.id });
      }
    }
  }
  phrases.sort((left, right) => right.stems.length - left.stems.length);
  return { singles, phrases, related, weights };
}

const index = buildIndex(lexicon);

/** The broader concepts a concept implies (see `Concept.related`). */
export function relatedConcepts(conceptId: string): string[] {
  return index.related.get(conceptId) ?? [];
}

/** How strongly naming a concept points at a tool (see `Concept.weight`). */
export function conceptWeight(conceptId: string): number {
  return index.weights.get(conceptId) ?? 1;
}

/** The concepts a single word names: exact stem first, a typo-tolerant match only when nothing is exact. */
export function conceptsOfWord(token: Token): Set<string> {
  if (isStopword(token.normal)) return new Set();
  const exact = index.singles.get(token.stem) ?? index.singles.get(token.normal);
  if (exact) return exact;
  if (token.normal.length < 5) return new Set();
  for (const [stem, owners] of index.singles) {
    if (stem.length >= 4 && isNearWord(token.stem, stem)) return owners;
  }
  return new Set();
}

function phraseAt(tokens: Token[], start: number): PhraseEntry | undefined {
  return index.phrases.find((phrase) =>
    phrase.stems.every((stem, offset) => tokens[start + offset]?.stem === stem),
  );
}

/** Reads text into concepts and leftover content words. */
export function extractFeatures(text: string): TextFeatures {
  const tokens = tokenize(text);
  const concepts = new Set<string>();
  const words = new Set<string>();
  let position = 0;
  while (position < tokens.length) {
    const phrase = phraseAt(tokens, position);
    if (phrase) {
      concepts.add(phrase.concept);
      position += phrase.stems.length;
      continue;
    }
    const token = tokens[position] as Token;
    const owners = conceptsOfWord(token);
    for (const owner of owners) concepts.add(owner);
    if (owners.size === 0 && !isStopword(token.normal) && token.normal.length > 1) words.add(token.stem);
    position += 1;
  }
  return { tokens, concepts, words };
}
