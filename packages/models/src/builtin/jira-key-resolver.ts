import type { EntityCatalogue } from "./entity-catalogue.ts";
import { findName } from "./find-name.ts";
import { tokenize } from "./normalize-text.ts";

/** Upper-case words that are common acronyms, never taken as a project key on their own. */
const acronyms = new Set(
  "ARR MRR KPI KPIS MTD QTD YTD BU CEO CFO CTO COO PDF VPN API SSO UI UX QA HR IT ID URL JSON CSV US EU UK AWS GCP DB SQL ASAP FYI SLA CPU RAM DNS SSL TLS HTTP HTTPS OK EOD EOW PR MR CI CD".split(
    " ",
  ),
);

const keyCue = /\b(?:in|en|into|to|for|para|on|project|proyecto|board|tablero|key|clave)\s*[:=]?\s*$/iu;

/** The Jira project key a sentence names: a known key, a known Jira project's name, or a key-like word after "in". */
export function resolveJiraKey(
  text: string,
  catalogue: EntityCatalogue,
  pattern: RegExp,
): string | undefined {
  const known = catalogue.jiraProjects ?? [];
  const candidates = [...text.matchAll(/\b[A-Z][A-Z0-9]{1,9}\b/g)];
  const knownKey = candidates.find((match) => known.some((project) => project.key === match[0]));
  if (knownKey) return knownKey[0];
  const tokens = tokenize(text);
  const byName = known.find((project) => findName(tokens, project.name)?.strength === "full");
  if (byName) return byName.key;
  const cued = candidates.find(
    (match) => !acronyms.has(match[0]) && pattern.test(match[0]) && keyCue.test(text.slice(0, match.index)),
  );
  return cued?.[0];
}
