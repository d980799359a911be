import { getToolName, isToolUIPart, type UIMessage } from "ai";

/** One passage `search_documents` returned, numbered as the answer cites it ([1], [2]). */
export interface CitedPassage {
  n: number;
  documentId: string;
  document: string;
  page: number | null;
  heading: string | null;
  text: string;
  quote: string;
}

const isPassage = (value: unknown): value is CitedPassage => {
  const passage = value as Partial<CitedPassage> | null;
  return (
    typeof passage?.n === "number" &&
    typeof passage.documentId === "string" &&
    typeof passage.document === "string" &&
    typeof passage.quote === "string"
  );
};

/**
 * The passages an answer may cite: those of its last successful `search_documents` call (the numbers in the text
 * refer to that search). Empty when the answer searched no documents.
 */
export function citedPassages(message: Pick<UIMessage, "parts">): CitedPassage[] {
  let passages: CitedPassage[] = [];
  for (const part of message.parts) {
    if (!isToolUIPart(part) || part.state !== "output-available") continue;
    if (getToolName(part) !== "search_documents") continue;
    const data = (part.output as { data?: { passages?: unknown } } | undefined)?.data;
    if (Array.isArray(data?.passages)) passages = data.passages.filter(isPassage);
  }
  return passages;
}

/** The link target a citation marker becomes in the answer's Markdown. */
export const CITATION_HREF_PREFIX = "#penny-citation-";

/**
 * Turns the answer's `[n]` markers that name a known passage into Markdown links to `#penny-citation-n`, which the
 * message renderer draws as citation chips. Markers already part of a link (`[1](…)`) and unknown numbers stay text.
 */
export function linkCitations(text: string, passages: readonly CitedPassage[]): string {
  if (passages.length === 0) return text;
  const known = new Set(passages.map((passage) => passage.n));
  return text.replace(/\[(\d{1,3})\](?![(:[])/g, (marker, digits: string) =>
    known.has(Number(digits)) ? `[\\[${digits}\\]](${CITATION_HREF_PREFIX}${digits})` : marker,
  );
}

/** The passage number a citation link points at, or null for any other link. */
export function citationNumber(href: string | undefined): number | null {
  if (!href?.startsWith(CITATION_HREF_PREFIX)) return null;
  const n = Number(href.slice(CITATION_HREF_PREFIX.length));
  return Number.isInteger(n) ? n : null;
}
