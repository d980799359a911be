import { detectPii } from "./detect-pii.ts";
import type { PiiKind } from "./pii-kind.ts";
import { type PiiOptions, parsePiiInput } from "./pii-options.ts";
import { PlaceholderBook, placeholderNamesIn, placeholderPattern, replaceSpans } from "./placeholder-book.ts";

/** What was redacted, safe to log: the kind, its placeholder and how often it occurred — never the value. */
export interface PiiFinding {
  kind: PiiKind;
  placeholder: string;
  occurrences: number;
}

export interface PiiRedaction {
  /** The text with each value replaced by its placeholder, such as `[EMAIL_1]`. */
  text: string;
  findings: PiiFinding[];
  /** Puts the original values back where a model's answer repeats the placeholders. */
  restore(modelOutput: string): string;
}

/**
 * Replaces personal data with numbered placeholders before a text goes to a model. The same value (in any of its
 * spellings) always gets the same placeholder; a placeholder already present in the text is never reused.
 */
export function redactPii(text: string, options?: PiiOptions): PiiRedaction {
  const spans = detectPii(text, options);
  const book = new PlaceholderBook();
  book.reserve(placeholderNamesIn(text));
  const findings: PiiFinding[] = [];
  const findingByName = new Map<string, PiiFinding>();
  const redacted = replaceSpans(text, spans, book, (kind, name) => {
    let finding = findingByName.get(name);
    if (!finding) {
      finding = { kind, placeholder: `[${name}]`, occurrences: 0 };
      findings.push(finding);
      findingByName.set(name, finding);
    }
    finding.occurrences += 1;
  });

  return {
    text: redacted,
    findings,
    restore(modelOutput) {
      parsePiiInput(modelOutput, undefined);
      return modelOutput.replace(
        placeholderPattern,
        (whole, name: string) => book.valueOf(name.toUpperCase()) ?? whole,
      );
    },
  };
}
