import { isStopword } from "./stopwords.ts";

/**
 * Free-text arguments cut out of the sentence by the cue words people use around them ("titled …", "labels …",
 * "sobre …"). Each extractor returns undefined when the sentence has no such part.
 */

const quotedPattern = /(?:^|[\s:(])["“«'‘]([^"”»'’]{2,200})["”»'’]/u;

/** Where a clause introducing another argument begins, so a title does not swallow "assign to Ana". */
const clauseBoundary = new RegExp(
  [
    String.raw`[.;!?](?:\s|$)`,
    String.raw`,\s*(?:and\s+|y\s+)?(?:assign|asign|add|a[ñn]ade|label|tag|etiqu|with|con\s|description|descripci|details|detalles|priority|prioridad|please|por favor)`,
    String.raw`\s+(?:and|y)\s+(?:assign|asign|add|a[ñn]ade|label|tag|etiqu|put|pon|set|make|hazlo|descri)`,
    String.raw`\s+(?:assign(?:ed)?\s+(?:it\s+|this\s+)?to|asignad[oa]\s+a|as[ií]gna\w*\s+a)\b`,
    String.raw`\s+(?:with|con)\s+(?:the\s+|las\s+|los\s+)?(?:labels?|tags?|etiquetas?|description|descripci[oó]n)\b`,
    String.raw`\s+(?:labels?|tags?|etiquetas?|description|descripci[oó]n)\s*:`,
    String.raw`\s+(?:in|en|into|to|for|para)\s+(?:the\s+|el\s+)?(?:proyecto\s+|project\s+)?[A-Z][A-Z0-9]+\b(?:\s+(?:project|board))?\s*$`,
  ].join("|"),
);

function cutAtBoundary(text: string): string {
  const boundary = clauseBoundary.exec(text);
  const cut = boundary ? text.slice(0, boundary.index) : text;
  return cut
    .trim()
    .replace(/^[:\-–—\s]+/, "")
    .replace(/[\s,:;.!?]+$/, "");
}

/** Text between quotes, when the sentence quotes something. */
export function extractQuoted(text: string): string | undefined {
  return quotedPattern.exec(text)?.[1]?.trim();
}

const titleCues = [
  /\b(?:titled|entitled|called|named|with\s+(?:the\s+)?title|title\s*[:=]?|subject\s*[:=]?|titulad[oa]|llamad[oa]|con\s+(?:el\s+)?t[ií]tulo|t[ií]tulo\s*[:=]?|asunto\s*[:=]?)\s+(.+)/isu,
  /(?<!(?:labels?|tags?|etiquetas?|description|descripci[oó]n|details|assignee|owner|responsable)\s*):\s*(.+)/isu,
  /\b(?:about|regarding|saying|that says|sobre|acerca\s+de|que\s+diga|diciendo|because|porque)\s+(.+)/isu,
  /\b(?:for|para|in|en|into)\s+(?:the\s+|el\s+)?[A-Z][A-Z0-9]+\s+(?:to|para|-|–)\s+(.+)/su,
  /\b(?:for|para)\s+(?!(?:the\s+|el\s+)?(?:proyecto\s+|project\s+)?[A-Z][A-Z0-9]+\b)(.+)/su,
];

/** The title of something to create: quoted text, or the clause after "titled/called/about/para/sobre". */
export function extractTitle(text: string): string | undefined {
  const quoted = extractQuoted(text);
  if (quoted) return quoted;
  for (const cue of titleCues) {
    const clause = cue.exec(text)?.[1];
    if (!clause) continue;
    const title = cutAtBoundary(clause);
    if (title.length >= 3 && /\p{L}/u.test(title)) return title;
  }
  return undefined;
}

/** A longer description: the clause after "description:", "details", "descripción". */
export function extractDescription(text: string): string | undefined {
  const clause = /\b(?:description|descripci[oó]n|details|detalles|body|cuerpo)\s*[:=]?\s+(.+)/isu.exec(
    text,
  )?.[1];
  if (!clause) return undefined;
  const quoted = extractQuoted(` ${clause}`);
  if (quoted) return quoted;
  const description = cutAtBoundary(clause);
  return description.length > 0 ? description : undefined;
}

/** Labels or tags: "labels x, y", "etiquetas x y", "#x #y". */
export function extractLabels(text: string): string[] | undefined {
  const clause =
    /\b(?:labels?|tags?|etiquetas?|etiquetad[oa]\s+(?:como|con)|tagged(?:\s+(?:as|with))?|labell?ed(?:\s+(?:as|with))?)\s*[:=]?\s+(.+)/isu.exec(
      text,
    )?.[1];
  const labels: string[] = [];
  if (clause) {
    const list =
      clause.split(
        /[.;!?](?:\s|$)|\s+(?:and|y)\s+(?:assign|asign|descri)|\s+(?:assign|asigna|description|descripci)/iu,
      )[0] ?? "";
    for (const part of list.split(/\s*,\s*|\s+and\s+|\s+y\s+|\s+/u)) {
      const label = part.replace(/^["'#]+|["'.]+$/g, "").trim();
      if (label.length > 0 && !isStopword(label.toLowerCase())) labels.push(label);
    }
  }
  for (const match of text.matchAll(/(?:^|\s)#([\p{L}\p{N}_-]+)/gu)) if (match[1]) labels.push(match[1]);
  return labels.length > 0 ? [...new Set(labels)] : undefined;
}

/** A named collection: "in the handbook collection", "colección rrhh". */
export function extractCollection(text: string): string | undefined {
  const after = /\b(?:collection|colecci[oó]n)\s*[:=]?\s+["']?([\p{L}\p{N}_-]+)/iu.exec(text)?.[1];
  const before =
    /\b(?:in|from|en|de)\s+(?:the\s+|la\s+)?["']?([\p{L}\p{N}_-]+)["']?\s+(?:collection|colecci[oó]n)\b/iu.exec(
      text,
    )?.[1];
  const name = before ?? after;
  return name && !isStopword(name.toLowerCase()) ? name : undefined;
}

const messageCue =
  /\b(?:saying|that\s+says|with\s+(?:the\s+)?(?:message|text)|message\s*:|text\s*:|que\s+diga|diciendo|con\s+(?:el\s+)?(?:mensaje|texto)|mensaje\s*:|texto\s*:|(?:tell|notify|let\s+\S+\s+know|avisa|av[ií]sale|dile|diles|informa)\b[^"]*?\s(?:that|que)\s)\s*(.+)/isu;

/** The words of a message to send: quoted text, or the clause after "saying", "with the message", "que diga". */
export function extractMessage(text: string): string | undefined {
  const quoted = extractQuoted(text);
  if (quoted) return quoted;
  const clause = messageCue.exec(text)?.[1];
  if (!clause) return undefined;
  const message = clause.trim().replace(/[\s,;]+$/, "");
  return message.length > 0 ? message : undefined;
}

/**
 * A word of the sentence that fits an argument's pattern (a "#channel", an id), when the pattern is selective: one
 * that plain words do not satisfy, so an ordinary word is never taken for it.
 */
export function extractPatterned(text: string, pattern: RegExp): string | undefined {
  if (["the", "ops", "hello", "Slack", "OPS"].some((word) => pattern.test(word))) return undefined;
  for (const match of text.matchAll(/[#@]?[\p{L}\p{N}][\p{L}\p{N}._-]*/gu)) {
    const word = match[0].replace(/[._-]+$/, "");
    if (pattern.test(word)) return word;
  }
  return undefined;
}
