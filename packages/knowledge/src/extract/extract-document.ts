import { decodeUtf8 } from "../detect/detect-file-type.ts";
import type { DocumentFormat } from "../detect/document-formats.ts";
import { formatLabels } from "../detect/document-formats.ts";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";
import { DocumentNotSearchableError } from "../errors/document-not-searchable-error.ts";
import { detectLanguage } from "../language/detect-language.ts";
import { extractDocx } from "./extract-docx.ts";
import { extractHtml } from "./extract-html.ts";
import { extractMarkdown } from "./extract-markdown.ts";
import { extractPdf } from "./extract-pdf.ts";
import { extractText } from "./extract-text.ts";
import type { DocumentSection, ExtractedDocument, ExtractOptions } from "./extracted-document.ts";
import type { ZipLimits } from "./guard-zip.ts";

/** What extractDocument reads. */
export interface ExtractDocumentInput extends ExtractOptions {
  bytes: Uint8Array;
  format: DocumentFormat;
  /** Caps for DOCX (zip-bomb guard); the defaults suit uploads, tests pass smaller ones. */
  zipLimits?: ZipLimits;
}

/**
 * Turns an upload into sections of text with their headings and pages, and detects its language.
 * CSV and XLSX are refused here: they become tables (see readTable), not passages.
 */
export async function extractDocument(input: ExtractDocumentInput): Promise<ExtractedDocument> {
  const { bytes, format } = input;
  input.signal?.throwIfAborted();
  let title: string | null = null;
  let sections: DocumentSection[];
  let pages: number | undefined;
  switch (format) {
    case "csv":
    case "xlsx":
      throw new DocumentNotSearchableError(formatLabels[format]);
    case "pdf": {
      const pdf = await extractPdf(bytes, input);
      ({ title, sections, pages } = pdf);
      break;
    }
    case "docx":
      ({ title, sections } = await extractDocx(bytes, input.zipLimits));
      break;
    case "html":
      ({ title, sections } = extractHtml(textOf(bytes, format)));
      break;
    case "markdown":
      ({ title, sections } = extractMarkdown(textOf(bytes, format)));
      break;
    case "text":
      sections = extractText(textOf(bytes, format));
      break;
  }
  if (format !== "pdf") input.onProgress?.(1, 1);
  const sample = sections
    .map((section) => section.text)
    .join("\n")
    .slice(0, 20_000);
  return { format, title, pages: pages ?? sections.length, language: detectLanguage(sample), sections };
}

function textOf(bytes: Uint8Array, format: DocumentFormat): string {
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new DocumentCorruptError(formatLabels[format], "it is not valid UTF-8 text");
  return text;
}
