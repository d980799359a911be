import { englishStopWords, spanishStopWords } from "./stop-words.ts";

/** The languages Penny detects; the list is defined once. */
export const languages = ["en", "es"] as const;

/** A detected language. */
export type Language = (typeof languages)[number];

/** English or Spanish, by which language's function words the text uses more; English when it cannot tell. */
export function detectLanguage(text: string): Language {
  let english = 0;
  let spanish = 0;
  for (const word of foldedWords(text.slice(0, 50_000))) {
    if (englishStopWords.has(word)) english++;
    if (spanishStopWords.has(word)) spanish++;
  }
  return spanish > english ? "es" : "en";
}

/** Lowercased words with accents removed ("Según" → "segun"). */
export function foldedWords(text: string): string[] {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
