/**
 * A request that asks for several things in order ("create the ticket, then tell #ops on Slack"; "crea la incidencia
 * y luego avisa en #ops") read as its steps. Quoted text is never split, so a title such as "Then what" stays whole.
 */

/** Words that start the next step: "then", "after that", "afterwards", "luego", "después", "a continuación". */
const sequenceConnector =
  /\s*(?:[,;]\s*|\.\s+|\s+)(?:and\s+|y\s+)?(?:then|after\s+that|afterwards|luego|despu[eé]s(?:\s+de\s+eso)?(?!\s+de\s)|a\s+continuaci[oó]n)\b[\s,]*/giu;

const quoted = /["“«'‘][^"”»'’]{2,200}["”»'’]/gu;

/** The request's steps in order; a request without a sequence connector is one step. */
export function splitRequestSteps(text: string): string[] {
  // Quoted parts are masked with placeholders of the same length, so split offsets map back to the original text.
  const masked = text.replace(quoted, (match) => "\u0000".repeat(match.length));
  const steps: string[] = [];
  let start = 0;
  for (const match of masked.matchAll(sequenceConnector)) {
    const end = match.index;
    const before = text.slice(start, end).trim();
    // "then" at the very start, or a dangling one, is not a step boundary worth keeping.
    if (before.length > 0) steps.push(before);
    start = end + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest.length > 0) steps.push(rest);
  const meaningful = steps.filter((step) => /\p{L}{2,}/u.test(step));
  return meaningful.length > 1 ? meaningful : [text];
}
