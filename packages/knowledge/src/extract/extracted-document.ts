import type { SearchableFormat } from "../detect/document-formats.ts";
import type { Language } from "../language/detect-language.ts";

/** A run of text under one heading, on one page when the format has pages. */
export interface DocumentSection {
  /** 1-based page number; null for formats without pages (DOCX, HTML, Markdown, text). */
  page: number | null;
  /** The heading path ("Chapter > Section"), or null before the first heading. */
  heading: string | null;
  /** Paragraphs separated by blank lines; table rows one per line with cells joined by " | ". */
  text: string;
}

/** A document as text with its structure kept: what extractDocument returns and chunkDocument reads. */
export interface ExtractedDocument {
  format: SearchableFormat;
  title: string | null;
  /** Pages for PDFs; the number of sections for formats without pages. */
  pages: number;
  language: Language;
  sections: DocumentSection[];
}

/** Options every extractor takes. */
export interface ExtractOptions {
  /** Called as work advances (per page for PDFs). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}
