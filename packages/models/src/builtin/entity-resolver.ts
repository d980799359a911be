import type { EntityCatalogue } from "./entity-catalogue.ts";
import { findName, isCommonWord, type NameMatch } from "./find-name.ts";
import { normalizeText, type Token, tokenize } from "./normalize-text.ts";
import { isStopword } from "./stopwords.ts";

/** The kinds of company entity a tool argument can point at. */
export type EntityKind = "project" | "bu";

/** A catalogue entity named in the sentence. */
export interface EntityMention {
  kind: EntityKind;
  id: string;
  name: string;
  strength: NameMatch["strength"];
}

/** What the sentence says about entities: known ones, and names used like entities that the catalogue lacks. */
export interface EntityResolution {
  known: EntityMention[];
  unknown: { kind: EntityKind; name: string }[];
}

const cueWords: Record<EntityKind, string[][]> = {
  project: [["project"], ["projects"], ["proyecto"], ["proyectos"]],
  bu: [
    ["business", "unit"],
    ["unit"],
    ["bu"],
    ["division"],
    ["unidad", "de", "negocio"],
    ["unidad"],
    ["segment"],
    ["segmento"],
  ],
};

/** Words that may stand between a cue and the name it introduces ("project called X", "unidad de X"). */
const linkWords = new Set([
  "called",
  "named",
  "llamado",
  "llamada",
  "denominado",
  "de",
  "del",
  "negocio",
  "the",
  "el",
  "la",
]);

function cueAt(tokens: Token[], position: number, kind: EntityKind): number {
  for (const cue of cueWords[kind]) {
    if (cue.every((word, offset) => tokens[position + offset]?.normal === word)) return cue.length;
  }
  return 0;
}

function isNameLike(token: Token | undefined): token is Token {
  if (!token || isCommonWord(token) || /^\d+$/.test(token.normal) || token.normal.length < 2) return false;
  return !isStopword(token.normal);
}

function hasCueNear(tokens: Token[], match: NameMatch, kind: EntityKind): boolean {
  for (let position = Math.max(0, match.first - 3); position <= match.last + 2; position++) {
    if (cueAt(tokens, position, kind) > 0) return true;
  }
  return false;
}

function knownMentions(tokens: Token[], catalogue: EntityCatalogue): EntityMention[] {
  const entries: { kind: EntityKind; id: string; name: string }[] = [
    ...catalogue.projects.map((project) => ({
      kind: "project" as const,
      id: project.id,
      name: project.name,
    })),
    ...catalogue.businessUnits.map((unit) => ({ kind: "bu" as const, id: unit.id, name: unit.name })),
  ];
  const mentions: (EntityMention & { position: number })[] = [];
  const rank = (mention: EntityMention) =>
    (mention.strength === "full" ? 0 : 2) + (mention.kind === "project" ? 0 : 1);
  for (const entry of entries) {
    const match = findName(tokens, entry.name);
    if (!match) continue;
    const words = tokens.slice(match.first, match.last + 1);
    const distinctive = words.some((word) => !isCommonWord(word));
    if (!distinctive && !hasCueNear(tokens, match, entry.kind)) continue;
    mentions.push({ ...entry, strength: match.strength, position: match.start });
  }
  // Full names before partial ones, projects (more specific) before units, later mentions before earlier ones.
  return mentions
    .sort((left, right) => rank(left) - rank(right) || right.position - left.position)
    .map(({ position: _position, ...mention }) => mention);
}

function nameAfterCue(tokens: Token[], position: number): Token | undefined {
  let cursor = position;
  while (tokens[cursor] && linkWords.has((tokens[cursor] as Token).normal)) cursor += 1;
  const candidate = tokens[cursor];
  return isNameLike(candidate) ? candidate : undefined;
}

function unknownMentions(tokens: Token[], known: EntityMention[]): EntityResolution["unknown"] {
  const unknown: EntityResolution["unknown"] = [];
  const knownWords = new Set(known.flatMap((mention) => tokenize(mention.name).map((token) => token.normal)));
  for (let position = 0; position < tokens.length; position++) {
    for (const kind of ["project", "bu"] as const) {
      const cueLength = cueAt(tokens, position, kind);
      if (cueLength === 0) continue;
      const before = tokens[position - 1];
      const after = nameAfterCue(tokens, position + cueLength);
      for (const candidate of [isNameLike(before) ? before : undefined, after]) {
        if (candidate && !knownWords.has(candidate.normal)) unknown.push({ kind, name: candidate.raw });
      }
    }
  }
  return unknown;
}

/** Finds the projects and business units a sentence names, and entity-like names the catalogue does not know. */
export function resolveEntities(text: string, catalogue: EntityCatalogue): EntityResolution {
  const tokens = tokenize(text);
  const known = knownMentions(tokens, catalogue);
  return { known, unknown: unknownMentions(tokens, known) };
}

/** The catalogue names of one kind, for a clarifying question. */
export function namesOfKind(catalogue: EntityCatalogue, kind: EntityKind): string[] {
  const entries = kind === "project" ? catalogue.projects : catalogue.businessUnits;
  return entries
    .map((entry) => entry.name)
    .sort((left, right) => normalizeText(left).localeCompare(normalizeText(right)));
}
