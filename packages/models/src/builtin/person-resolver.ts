import type { EntityCatalogue } from "./entity-catalogue.ts";
import { findName } from "./find-name.ts";
import { tokenize } from "./normalize-text.ts";

const assignCue =
  /\b(?:assign(?:ed|ee)?(?:\s+(?:it|this|the ticket|the issue))?(?:\s+to)?|owner(?:\s+is)?|as[ií]gna(?:lo|la|selo|r|do|da)?(?:\s+a)?|asignad[oa]\s+a|responsable(?:\s+es)?|para\s+que\s+lo\s+(?:lleve|haga|vea))\s*[:=]?\s+(\S+(?:\s+\S+)?)/iu;

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/** Who to assign to: an email in the sentence, or a catalogue person named after "assign to"; their email. */
export function resolveAssignee(text: string, catalogue: EntityCatalogue): string | undefined {
  const people = catalogue.people ?? [];
  const email = emailPattern.exec(text)?.[0];
  if (email) {
    return people.find((person) => person.email.toLowerCase() === email.toLowerCase())?.email ?? email;
  }
  const named = assignCue.exec(text)?.[1];
  if (!named) return undefined;
  const tokens = tokenize(named);
  const full = people.find((person) => findName(tokens, person.name)?.strength === "full");
  if (full) return full.email;
  const first = tokens[0];
  const byOneName = people.filter((person) =>
    tokenize(person.name).some(
      (part) =>
        first !== undefined && (part.normal === first.normal || findName([first], part.raw) !== undefined),
    ),
  );
  // "Ana" names one person only when no one else in the catalogue shares that name.
  if (byOneName.length === 1 && byOneName[0]) return byOneName[0].email;
  const word = tokens[0]?.raw;
  return word && /^\p{Lu}/u.test(word) ? word : undefined;
}
