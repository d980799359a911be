import type { DocumentSection } from "./extracted-document.ts";
import { tidyText } from "./tidy-text.ts";

/** Plain text as paragraphs: lines inside a paragraph joined, paragraphs separated by blank lines. */
export function extractText(text: string): DocumentSection[] {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => tidyText(paragraph).replace(/\n/g, " "))
    .filter((paragraph) => paragraph !== "");
  return paragraphs.length === 0 ? [] : [{ page: null, heading: null, text: paragraphs.join("\n\n") }];
}
