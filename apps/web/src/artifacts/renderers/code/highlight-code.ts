import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import go from "highlight.js/lib/languages/go";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import kotlin from "highlight.js/lib/languages/kotlin";
import markdown from "highlight.js/lib/languages/markdown";
import php from "highlight.js/lib/languages/php";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import r from "highlight.js/lib/languages/r";
import ruby from "highlight.js/lib/languages/ruby";
import rust from "highlight.js/lib/languages/rust";
import scala from "highlight.js/lib/languages/scala";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import swift from "highlight.js/lib/languages/swift";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";
import "./highlight.css";

/** The languages an analyst's code is likely in; the rest of highlight.js's ~190 stay out of the bundle. */
const languages = {
  bash,
  c,
  cpp,
  csharp,
  css,
  diff,
  dockerfile,
  go,
  ini,
  java,
  javascript,
  json,
  kotlin,
  markdown,
  php,
  plaintext,
  python,
  r,
  ruby,
  rust,
  scala,
  shell,
  sql,
  swift,
  typescript,
  xml,
  yaml,
};
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);

/** Past this size highlighting costs more than it helps: the text is shown plain. */
const MAX_HIGHLIGHTED_CHARACTERS = 200_000;

/** A run of text on one line and the highlight.js classes it is drawn with ("" for plain text). */
export interface CodeSegment {
  text: string;
  className: string;
}

/** Highlighted source, line by line, and the language used (undefined when shown plain). */
export interface HighlightedCode {
  language: string | undefined;
  lines: CodeSegment[][];
}

/** The language a name or an alias names (`py`, `c++`, `shellscript`), if it is one registered here. */
export function knownLanguage(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const normalized = name.toLowerCase().replace(/^shellscript$/, "bash");
  return hljs.getLanguage(normalized) ? normalized : undefined;
}

/** The language of a code artifact's mime type: `text/x-python` → python, `text/x-c++src` → c++. */
export function languageOfMime(mime: string): string | undefined {
  const subtype = /^text\/x-([\w.+-]+)/.exec(mime.toLowerCase())?.[1];
  return knownLanguage(subtype) ?? knownLanguage(subtype?.replace(/-?(?:src|source)$/, ""));
}

/** A language's display name ("Python"), or the name itself. */
export function languageLabel(language: string): string {
  return hljs.getLanguage(language)?.name ?? language;
}

/**
 * Highlights `source` in `language` (auto-detected when absent) and splits it into lines. highlight.js escapes the
 * text it returns as HTML; that HTML is parsed in an inert document and only its text and `hljs-*` class names are
 * kept, so nothing from the source ever reaches the page as markup.
 */
export function highlightCode(source: string, language?: string): HighlightedCode {
  if (source.length > MAX_HIGHLIGHTED_CHARACTERS) {
    return { language, lines: splitLines([{ text: source, className: "" }]) };
  }
  const result = language
    ? hljs.highlight(source, { language, ignoreIllegals: true })
    : hljs.highlightAuto(source);
  const parsed = new DOMParser().parseFromString(`<pre>${result.value}</pre>`, "text/html");
  const segments: CodeSegment[] = [];
  collectSegments(parsed.body.firstChild, [], segments);
  return { language: result.language ?? language, lines: splitLines(segments) };
}

function collectSegments(node: Node | null, classes: string[], segments: CodeSegment[]) {
  if (!node) return;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      segments.push({ text: child.textContent ?? "", className: classes.join(" ") });
    } else if (child instanceof Element) {
      const own = Array.from(child.classList).filter((name) => /^(?:hljs-[\w-]+|[a-z]+_+)$/.test(name));
      collectSegments(child, [...classes, ...own], segments);
    }
  }
}

function splitLines(segments: CodeSegment[]): CodeSegment[][] {
  const lines: CodeSegment[][] = [[]];
  for (const segment of segments) {
    segment.text.split("\n").forEach((text, index) => {
      if (index > 0) lines.push([]);
      if (text) lines[lines.length - 1]?.push({ text, className: segment.className });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1]?.length === 0) lines.pop();
  return lines;
}
