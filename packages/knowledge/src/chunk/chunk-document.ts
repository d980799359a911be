import { createHash } from "node:crypto";
import type { ExtractedDocument } from "../extract/extracted-document.ts";
import { splitUnits } from "./split-units.ts";

/** A passage to embed and cite. */
export interface Chunk {
  /** 0-based position in the document, after duplicates are dropped. */
  ordinal: number;
  text: string;
  /** The page the chunk starts on (null for formats without pages). */
  page: number | null;
  heading: string | null;
  /** sha256 hex of the normalized text (see normalizeChunkText). */
  contentHash: string;
}

/** Sizes for chunkDocument, in characters. */
export interface ChunkOptions {
  targetChars?: number;
  overlapChars?: number;
}

/**
 * Splits each section into chunks of about `targetChars`, preferring paragraph then sentence then word
 * boundaries (never mid-word); consecutive chunks of one section share about `overlapChars` of text. A chunk
 * never spans two sections, so it keeps its page and heading. Chunks with the same normalized text are dropped.
 */
export function chunkDocument(document: ExtractedDocument, options: ChunkOptions = {}): Chunk[] {
  const targetChars = options.targetChars ?? 1200;
  const overlapChars = Math.min(options.overlapChars ?? 200, Math.floor(targetChars / 2));
  const chunks: Chunk[] = [];
  const seen = new Set<string>();
  for (const section of document.sections) {
    for (const text of packSection(section.text, targetChars, overlapChars)) {
      const contentHash = createHash("sha256").update(normalizeChunkText(text)).digest("hex");
      if (seen.has(contentHash)) continue;
      seen.add(contentHash);
      chunks.push({
        ordinal: chunks.length,
        text,
        page: section.page,
        heading: section.heading,
        contentHash,
      });
    }
  }
  return chunks;
}

/** The form a chunk is hashed in: Unicode NFKC, whitespace collapsed, trimmed, lowercased. */
export function normalizeChunkText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

function packSection(text: string, targetChars: number, overlapChars: number): string[] {
  const units = splitUnits(text, targetChars);
  const chunks: string[] = [];
  let current = "";
  for (const unit of units) {
    const separator = unit.paragraphStart ? "\n\n" : " ";
    if (current !== "" && current.length + separator.length + unit.text.length > targetChars) {
      chunks.push(current);
      const overlap = tailAtWord(current, overlapChars);
      current = overlap === "" ? unit.text : `${overlap} ${unit.text}`;
    } else {
      current = current === "" ? unit.text : `${current}${separator}${unit.text}`;
    }
  }
  if (current.trim() !== "") chunks.push(current);
  return chunks.map((chunk) => chunk.trim()).filter((chunk) => chunk !== "");
}

/** The end of `text`, at most `maxChars` long, starting at a word. */
function tailAtWord(text: string, maxChars: number): string {
  if (maxChars <= 0) return "";
  const tail = text.slice(-maxChars);
  if (tail.length === text.length) return tail.trim();
  const firstSpace = tail.search(/\s/);
  return firstSpace === -1 ? "" : tail.slice(firstSpace).trim();
}
