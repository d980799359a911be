import type { Language } from "./detect-language.ts";
import { tokenize } from "./normalize-text.ts";
import { asSchema } from "./schema-view.ts";
import { isStopword } from "./stopwords.ts";

/** A passage a search tool returned. */
export interface Passage {
  text: string;
  /** The span the search chose to quote (verbatim from `text`), when it chose one. */
  quote?: string;
  source?: string;
  page?: number | string;
}

/** The passages in a tool's data (`passages`, `results` or `matches` lists of objects with `text`), if any. */
export function findPassages(data: unknown): Passage[] | undefined {
  const node = asSchema(data);
  const list = Array.isArray(data) ? data : (node?.passages ?? node?.results ?? node?.matches);
  if (!Array.isArray(list)) return undefined;
  if (list.length === 0) return node && "passages" in node ? [] : undefined;
  const passages = list.flatMap((entry) => {
    const item = asSchema(entry);
    const text = item?.text ?? item?.content ?? item?.snippet;
    if (typeof text !== "string") return [];
    const source = [item?.source, item?.title, item?.filename, item?.document].find(
      (value) => typeof value === "string",
    );
    const page = typeof item?.page === "number" || typeof item?.page === "string" ? item.page : undefined;
    const quote = typeof item?.quote === "string" && item.quote.trim() !== "" ? item.quote : undefined;
    return [{ text, quote, source: source as string | undefined, page }];
  });
  return passages.length > 0 ? passages : undefined;
}

const searchFraming = new Set([
  "search",
  "find",
  "document",
  "documents",
  "docs",
  "busca",
  "buscar",
  "documentos",
  "say",
  "dice",
]);

function contentStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter(
        (token) => !isStopword(token.normal) && token.normal.length > 2 && !searchFraming.has(token.normal),
      )
      .map((token) => token.stem),
  );
}

function overlap(text: string, wanted: Set<string>): number {
  let shared = 0;
  for (const stem of contentStems(text)) if (wanted.has(stem)) shared += 1;
  return shared;
}

function bestSentence(text: string, wanted: Set<string>): string {
  // A sentence ends at . ! ? before a space or at a line break; a run of dots (a table's leader) does not end one.
  const sentences = text.split(/(?<=[^.][.!?])\s+|\n+/).filter((sentence) => sentence.trim().length > 0);
  const ranked = sentences.map((sentence) => ({ sentence, score: overlap(sentence, wanted) }));
  ranked.sort((left, right) => right.score - left.score);
  const chosen = (ranked[0]?.sentence ?? text).trim();
  return chosen.length > 300 ? `${chosen.slice(0, 297)}…` : chosen.replace(/[.!?]+$/, "");
}

/** A quote as a sentence of the answer: one line, dot leaders shortened, no closing punctuation of its own. */
function tidyQuote(quote: string): string {
  return quote
    .replace(/\s+/g, " ")
    .replace(/\.{3,}/g, "…")
    .trim()
    .replace(/[.!?=]+$/, "")
    .trim();
}

function sourceLabel(passage: Passage, language: Language): string {
  const page =
    passage.page !== undefined ? (language === "es" ? `, pág. ${passage.page}` : `, p. ${passage.page}`) : "";
  return `${passage.source ?? (language === "es" ? "documento" : "document")}${page}`;
}

/** Answers from passages, citing them as [1], [2]; says plainly when none is about the question. */
export function answerFromPassages(passages: Passage[], question: string, language: Language): string {
  const wanted = contentStems(question);
  const needed = Math.max(1, Math.ceil(wanted.size / 3));
  const relevant = passages
    .map((passage, index) => ({ passage, number: index + 1, score: overlap(passage.text, wanted) }))
    .filter((entry) => entry.score >= needed)
    .sort((left, right) => right.score - left.score)
    .slice(0, 3);
  if (relevant.length === 0) {
    return language === "es"
      ? `No encontré nada relevante sobre "${question}" en los documentos. Prueba con otras palabras o comprueba que el documento esté subido.`
      : `I found nothing relevant about "${question}" in the documents. Try other words, or check that the document has been uploaded.`;
  }
  const lead = language === "es" ? "Según los documentos:" : "According to the documents:";
  const statements = relevant.map(
    (entry) =>
      `${tidyQuote(entry.passage.quote ?? bestSentence(entry.passage.text, wanted))} [${entry.number}].`,
  );
  const sources = relevant
    .map((entry) => `[${entry.number}] ${sourceLabel(entry.passage, language)}`)
    .join("; ");
  return `${lead} ${statements.join(" ")}\n\n${language === "es" ? "Fuentes" : "Sources"}: ${sources}`;
}
