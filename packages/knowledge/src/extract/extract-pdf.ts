import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";
import { DocumentEncryptedError } from "../errors/document-encrypted-error.ts";
import type { DocumentSection, ExtractOptions } from "./extracted-document.ts";
import { tidyText } from "./tidy-text.ts";

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface PdfLine {
  text: string;
  size: number;
  y: number;
}

/**
 * A PDF page by page (pdf.js legacy build; in Node it runs its worker in-process). Each page gives one or more
 * sections with its 1-based number; a line in a larger font than the page's body text starts a new section as
 * its heading. Cells of a table row, which share a baseline, stay on one line joined by " | ".
 */
export async function extractPdf(
  bytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<{ title: string | null; pages: number; sections: DocumentSection[] }> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === "PasswordException") throw new DocumentEncryptedError("PDF");
    throw new DocumentCorruptError("PDF", error instanceof Error ? error.message : undefined);
  }
  try {
    const metadata = await document.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() !== "" ? info.Title.trim() : null;
    const pageLines: PdfLine[][] = [];
    const total = document.numPages;
    for (let pageNumber = 1; pageNumber <= total; pageNumber++) {
      options.signal?.throwIfAborted();
      let items: PdfTextItem[];
      try {
        const page = await document.getPage(pageNumber);
        const content = await page.getTextContent();
        items = content.items.filter((item): item is Extract<typeof item, { str: string }> => "str" in item);
        page.cleanup();
      } catch (error) {
        throw new DocumentCorruptError("PDF", `page ${pageNumber}: ${(error as Error).message}`);
      }
      pageLines.push(toLines(items));
      options.onProgress?.(pageNumber, total);
    }
    const running = runningLines(pageLines);
    const sections = pageLines.flatMap((lines, index) =>
      pageSections(
        lines.filter((line) => !running.has(runningKey(line.text))),
        index + 1,
      ),
    );
    return { title, pages: total, sections };
  } finally {
    await document.destroy();
  }
}

/** Running headers and footers: lines that, digits aside, repeat on at least three pages and half of them. */
function runningLines(pages: PdfLine[][]): Set<string> {
  const pagesPerLine = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.map((line) => runningKey(line.text)))) {
      pagesPerLine.set(key, (pagesPerLine.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...pagesPerLine].filter(([, count]) => count >= threshold).map(([key]) => key));
}

function runningKey(text: string): string {
  return text
    .replace(/\d+/g, "#")
    .replace(/[\s|]+/g, " ")
    .trim();
}

function pageSections(lines: PdfLine[], page: number): DocumentSection[] {
  const bodySize = medianSize(lines);
  const sections: DocumentSection[] = [];
  let heading: string | null = null;
  let paragraphs: string[] = [];
  let current: string[] = [];
  let previous: PdfLine | undefined;
  let previousWasHeading = false;
  const endParagraph = () => {
    if (current.length > 0) paragraphs.push(current.join("\n"));
    current = [];
  };
  const flush = () => {
    endParagraph();
    const text = tidyText(paragraphs.join("\n\n"));
    if (text !== "") sections.push({ page, heading, text });
    paragraphs = [];
  };
  for (const line of lines) {
    const isHeading =
      bodySize > 0 && line.size >= bodySize * 1.5 && line.text.length <= 120 && /\p{L}/u.test(line.text);
    if (isHeading) {
      // A heading set on two lines arrives as two big lines in a row: they are one heading.
      const continues = previousWasHeading && previous?.size === line.size;
      if (!continues) flush();
      heading = continues && heading ? `${heading} ${line.text}` : line.text;
      previous = line;
      previousWasHeading = true;
      continue;
    }
    previousWasHeading = false;
    // A vertical gap well over the line height, or a jump back up (next column), ends a paragraph.
    if (previous && (previous.y - line.y > line.size * 1.8 || line.y > previous.y + line.size))
      endParagraph();
    current.push(line.text);
    previous = line;
  }
  flush();
  return sections;
}

/** Joins text items into lines, in content order; items on one baseline with a wide gap are table cells. */
function toLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = "";
  let size = 0;
  let y = Number.NaN;
  let end = Number.NaN;
  const close = () => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed !== "") lines.push({ text: trimmed, size, y });
    text = "";
    size = 0;
    end = Number.NaN;
  };
  for (const item of items) {
    const itemX = item.transform[4] ?? 0;
    const itemY = item.transform[5] ?? 0;
    const itemSize = Math.abs(item.transform[3] ?? item.height) || item.height;
    if (item.str === "") {
      if (item.hasEOL) close();
      continue;
    }
    if (text !== "" && Math.abs(itemY - y) > Math.max(size, itemSize) * 0.5) close();
    if (text === "") {
      y = itemY;
    } else if (!Number.isNaN(end) && itemX - end > Math.max(itemSize, 4) * 1.5) {
      text += " | ";
    } else if (
      !text.endsWith(" ") &&
      !item.str.startsWith(" ") &&
      !Number.isNaN(end) &&
      Math.abs(itemX - end) > 1
    ) {
      text += " ";
    }
    text += item.str;
    size = Math.max(size, itemSize);
    end = itemX + item.width;
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

function medianSize(lines: PdfLine[]): number {
  // Weighted by characters, so the body text (most characters) sets the median, not short labels.
  const sizes = lines.flatMap((line) =>
    Array.from({ length: Math.min(line.text.length, 200) }, () => line.size),
  );
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}
