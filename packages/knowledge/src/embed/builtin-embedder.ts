import { foldedWords } from "../language/detect-language.ts";
import { englishStopWords, spanishStopWords } from "../language/stop-words.ts";
import type { Embedder } from "./embedder.ts";

const dimensions = 256;

/**
 * The offline embedder: feature hashing of accent-folded word unigrams, bigrams and character 3–5-grams,
 * sublinear (1 + ln tf) weights, a signed hash against collisions, L2-normalized. Deterministic; no weights.
 */
export const builtinEmbedder: Embedder = {
  id: "builtin-hashed-ngrams-256",
  label: "Built-in (offline) embedder",
  dimensions,
  async embed(texts, signal) {
    return texts.map((text) => {
      signal?.throwIfAborted();
      return embedText(text);
    });
  },
};

/** The built-in embedding of one text. */
export function embedText(text: string): number[] {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const words = foldedWords(text);
  const isStop = (word: string) => englishStopWords.has(word) || spanishStopWords.has(word);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? "";
    const stop = isStop(word);
    add(`w:${word}`, stop ? 0.1 : 1);
    const next = words[index + 1];
    if (next !== undefined && !stop && !isStop(next)) add(`b:${word} ${next}`, 0.7);
    if (stop) continue;
    // Character n-grams let "passwords" meet "password" and "contraseña" meet "contrasena".
    const padded = `<${word}>`;
    for (let size = 3; size <= 5; size++) {
      for (let start = 0; start + size <= padded.length; start++)
        add(`c:${padded.slice(start, start + size)}`, 0.25);
    }
  }
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, count] of counts) {
    const hash = fnv1a(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[hash % dimensions] = (vector[hash % dimensions] ?? 0) + sign * (1 + Math.log(1 + count));
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

/** 32-bit FNV-1a: fast, stable across runs and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
