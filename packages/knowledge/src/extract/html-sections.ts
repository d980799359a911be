import { parseHTML } from "linkedom";
import type { DocumentSection } from "./extracted-document.ts";
import { HeadingPath } from "./heading-path.ts";
import { tidyText } from "./tidy-text.ts";

const blockTags = new Set(["P", "LI", "PRE", "BLOCKQUOTE", "DT", "DD", "FIGCAPTION", "CAPTION", "ADDRESS"]);
const skippedTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "SVG", "NAV"]);

interface ElementLike {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<ElementLike>;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  closest(selector: string): ElementLike | null;
}

/**
 * Splits HTML (already reduced to its content) into sections at h1–h6, keeping the heading path. Tables become
 * one line per row with cells joined by " | "; scripts and styles never reach the text.
 */
export function htmlSections(html: string): DocumentSection[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const sections: DocumentSection[] = [];
  const path = new HeadingPath();
  let blocks: string[] = [];
  const flush = () => {
    const text = tidyText(blocks.join("\n\n"));
    if (text !== "") sections.push({ page: null, heading: path.current(), text });
    blocks = [];
  };
  const visit = (element: ElementLike) => {
    const tag = element.tagName.toUpperCase();
    if (skippedTags.has(tag)) return;
    const level = /^H([1-6])$/.exec(tag)?.[1];
    if (level) {
      flush();
      path.enter(Number(level), inlineText(element));
      return;
    }
    if (tag === "TABLE") {
      blocks.push(tableText(element));
      return;
    }
    if (blockTags.has(tag) && !hasBlockChild(element)) {
      blocks.push(inlineText(element));
      return;
    }
    const children = Array.from(element.children);
    if (children.length === 0) {
      const text = inlineText(element);
      if (text !== "") blocks.push(text);
      return;
    }
    for (const child of children) visit(child);
    // Text directly inside a container (beside its child elements) is not lost.
    const own = ownText(element);
    if (own !== "") blocks.push(own);
  };
  visit(document.body as unknown as ElementLike);
  flush();
  return sections;
}

/** The title of an HTML document: its <title>, else its first h1. */
export function htmlTitle(html: string): string | null {
  const { document } = parseHTML(html);
  const title =
    document.querySelector("title")?.textContent?.trim() || document.querySelector("h1")?.textContent;
  return title?.replace(/\s+/g, " ").trim() || null;
}

function inlineText(element: ElementLike): string {
  for (const skipped of Array.from(element.querySelectorAll("script,style,noscript,template"))) {
    (skipped as unknown as { remove(): void }).remove();
  }
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A cell's paragraphs joined by spaces, so "a</p><p>b" does not read as "ab". */
function cellText(cell: ElementLike): string {
  const paragraphs = Array.from(cell.querySelectorAll("p,li"));
  return paragraphs.length > 0
    ? paragraphs
        .map((paragraph) => inlineText(paragraph))
        .filter((text) => text !== "")
        .join(" ")
    : inlineText(cell);
}

function hasBlockChild(element: ElementLike): boolean {
  return Array.from(element.children).some((child) => {
    const tag = child.tagName.toUpperCase();
    return tag === "TABLE" || tag === "UL" || tag === "OL" || tag === "P" || tag === "DIV";
  });
}

function ownText(element: ElementLike): string {
  const nodes = (element as unknown as { childNodes: ArrayLike<{ nodeType: number; textContent: string }> })
    .childNodes;
  return Array.from(nodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

function tableText(table: ElementLike): string {
  return Array.from(table.querySelectorAll("tr"))
    .filter((row) => row.closest("table") === table)
    .map((row) =>
      Array.from(row.children)
        .filter((cell) => /^T[DH]$/i.test(cell.tagName))
        .map((cell) => cellText(cell))
        .join(" | "),
    )
    .filter((line) => line.replaceAll("|", "").trim() !== "")
    .join("\n");
}
