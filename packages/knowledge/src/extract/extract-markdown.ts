import type { DocumentSection } from "./extracted-document.ts";
import { HeadingPath } from "./heading-path.ts";

/** Markdown split on ATX (`## x`) and setext (`x` over `===`/`---`) headings, code fences respected. */
export function extractMarkdown(markdown: string): { title: string | null; sections: DocumentSection[] } {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const sections: DocumentSection[] = [];
  const path = new HeadingPath();
  let title: string | null = null;
  let body: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = tidyMarkdown(body.join("\n"));
    if (text !== "") sections.push({ page: null, heading: path.current(), text });
    body = [];
  };
  const enter = (level: number, text: string) => {
    flush();
    const heading = text.replace(/\s+#+\s*$/, "").trim();
    path.enter(level, heading);
    if (title === null && level === 1) title = heading;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null;
      body.push(line);
      continue;
    }
    if (fence !== null) {
      body.push(line);
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (atx?.[1] && atx[2] !== undefined) {
      enter(atx[1].length, atx[2]);
      continue;
    }
    const next = lines[index + 1] ?? "";
    const previousBlank = (lines[index - 1] ?? "").trim() === "";
    if (
      line.trim() !== "" &&
      previousBlank &&
      /^\s{0,3}(=+|-{2,})\s*$/.test(next) &&
      !/^\s*[-*|>]/.test(line)
    ) {
      enter(next.trim().startsWith("=") ? 1 : 2, line.trim());
      index++;
      continue;
    }
    body.push(line);
  }
  flush();
  return { title, sections };
}

/** Markdown keeps its line breaks (tables, lists, code) but loses trailing spaces and extra blank lines. */
function tidyMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
