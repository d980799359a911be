import { conceptsOfWord } from "./concept-matcher.ts";
import { isNearWord } from "./edit-distance.ts";
import { type Token, tokenize } from "./normalize-text.ts";
import { isStopword } from "./stopwords.ts";

/** Where a known name was found in a sentence and how completely. */
export interface NameMatch {
  start: number;
  end: number;
  /** Token positions covered. */
  first: number;
  last: number;
  /** "full": every word of the name; "partial": one distinctive word of a longer name. */
  strength: "full" | "partial";
}

/** True when a word of a name could also be an ordinary word ("delta", "health"), so it needs a cue nearby. */
export function isCommonWord(token: Token): boolean {
  return isStopword(token.normal) || conceptsOfWord(token).size > 0;
}

function sameWord(typed: Token, known: Token): boolean {
  return typed.normal === known.normal || typed.stem === known.stem || isNearWord(typed.normal, known.normal);
}

/** Finds a name inside tokens, tolerant of case, accents and small typos; the full name beats one of its words. */
export function findName(tokens: Token[], name: string): NameMatch | undefined {
  const nameTokens = tokenize(name);
  if (nameTokens.length === 0) return undefined;
  for (let start = 0; start + nameTokens.length <= tokens.length; start++) {
    const matches = nameTokens.every((nameToken, offset) => {
      const typed = tokens[start + offset];
      return typed !== undefined && sameWord(typed, nameToken);
    });
    if (matches) {
      const last = start + nameTokens.length - 1;
      return {
        start: tokens[start]?.start ?? 0,
        end: tokens[last]?.end ?? 0,
        first: start,
        last,
        strength: "full",
      };
    }
  }
  if (nameTokens.length < 2) return undefined;
  for (const nameToken of nameTokens) {
    if (nameToken.normal.length < 4 || isStopword(nameToken.normal)) continue;
    const position = tokens.findIndex((typed) => sameWord(typed, nameToken));
    const typed = tokens[position];
    if (typed)
      return { start: typed.start, end: typed.end, first: position, last: position, strength: "partial" };
  }
  return undefined;
}
