import { stemWord } from "./stem-word.ts";

/** One word of a sentence, as written and in its matching forms. */
export interface Token {
  /** As the user wrote it (case and accents kept). */
  raw: string;
  /** Lower case, accents removed. */
  normal: string;
  /** The light stem of `normal`, shared by singular/plural and English/Spanish endings. */
  stem: string;
  /** Offset of the word in the original text. */
  start: number;
  end: number;
}

/** Lower-cases and strips accents so "Facturación" and "facturacion" compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

const wordPattern = /[\p{L}\p{N}]+(?:[.@'’][\p{L}\p{N}]+)*/gu;

/** Splits text into words (emails and dotted names stay whole), each with its normal form and stem. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0];
    const normal = normalizeText(raw);
    tokens.push({ raw, normal, stem: stemWord(normal), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** Splits an identifier such as `get_company_kpis`, `businessUnitId` or `ops-incidents` into words. */
export function splitIdentifier(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 0)
    .map((part) => normalizeText(part));
}
