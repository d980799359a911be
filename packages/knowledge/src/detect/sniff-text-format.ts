import type { DocumentFormat } from "./document-formats.ts";

type TextFormat = Extract<DocumentFormat, "html" | "markdown" | "text" | "csv">;

const htmlStart = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const htmlTag = /<(p|div|span|a|h[1-6]|ul|ol|li|table|tr|td|br|section|article|script|style)[\s>/]/gi;
const markdownSignals = [
  /^#{1,6}\s+\S/m, // ATX heading
  /^.+\n(=+|-+)\s*$/m, // setext heading
  /^\s*([-*+]|\d+\.)\s+\S/m, // list item
  /\[[^\]\n]+\]\([^)\s]+\)/, // link
  /^```/m, // fenced code
  /^\|?.*\|.*\n\|?\s*:?-{3,}/m, // table header rule
];

/** The text kind of decoded content: HTML by markup, CSV by a steady delimiter, Markdown by its syntax, else text. */
export function sniffTextFormat(text: string, filename?: string): TextFormat {
  const sample = text.slice(0, 64 * 1024);
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const markdownScore = markdownSignals.filter((signal) => signal.test(sample)).length;
  // Markdown may carry inline HTML; a page that opens as HTML, or markup without Markdown syntax, is HTML.
  const looksHtml =
    htmlStart.test(sample) || (markdownScore < 2 && (sample.match(htmlTag)?.length ?? 0) >= 3);
  if (looksHtml && extension !== "md" && extension !== "markdown" && extension !== "txt") return "html";
  const looksCsv = hasSteadyDelimiter(sample);
  // The name only breaks ties between text kinds the content allows.
  if ((extension === "csv" || extension === "tsv") && looksCsv) return "csv";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "txt") return "text";
  if (looksHtml) return "html";
  if (looksCsv && markdownScore < 2) return "csv";
  if (markdownScore >= 2) return "markdown";
  return "text";
}

/**
 * True when the lines share one delimiter (comma, semicolon, tab) the same number of times: at least twice a
 * line, or once a line over five lines or more (prose with one comma a line is not a table).
 */
function hasSteadyDelimiter(sample: string): boolean {
  const lines = sample
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, 50);
  // The last line of a sample may be cut short.
  if (lines.length > 2 && sample.length === 64 * 1024) lines.pop();
  if (lines.length < 2) return false;
  return [",", ";", "\t"].some((delimiter) => {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0 || (first === 1 && lines.length < 5)) return false;
    const steady = counts.filter((count) => count === first).length;
    return steady / counts.length >= 0.9;
  });
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) count++;
  }
  return count;
}
