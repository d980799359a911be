import { detectPii } from "./detect-pii.ts";
import { piiDetectors } from "./pii-detectors.ts";
import { type PiiKind, piiPlaceholderLabel } from "./pii-kind.ts";
import { type PiiOptions, parsePiiInput } from "./pii-options.ts";

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

/** `[EMAIL_1]`, `[ card_number_2 ]`: models sometimes change the case or pad the brackets. */
const placeholderPattern = /\[\s*([A-Za-z]+(?:_[A-Za-z]+)*_\d+)\s*\]/g;

/**
 * Replaces personal data with numbered placeholders before a text goes to a model. The same value (in any of its
 * spellings) always gets the same placeholder; a placeholder already present in the text is never reused.
 */
export function redactPii(text: string, options?: PiiOptions): PiiRedaction {
  const spans = detectPii(text, options);
  const existing = new Set([...text.matchAll(placeholderPattern)].map((match) => match[1]?.toUpperCase()));
  const placeholderByValue = new Map<string, string>();
  const originalByPlaceholder = new Map<string, string>();
  const findings: PiiFinding[] = [];
  const findingByPlaceholder = new Map<string, PiiFinding>();
  const counters = new Map<PiiKind, number>();

  const placeholderFor = (kind: PiiKind, value: string): string => {
    const key = `${kind}\u0000${piiDetectors[kind].normalize(value)}`;
    const known = placeholderByValue.get(key);
    if (known !== undefined) return known;
    let name: string;
    do {
      const count = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, count);
      name = `${piiPlaceholderLabel(kind)}_${count}`;
    } while (existing.has(name));
    placeholderByValue.set(key, name);
    originalByPlaceholder.set(name, value);
    const finding: PiiFinding = { kind, placeholder: `[${name}]`, occurrences: 0 };
    findings.push(finding);
    findingByPlaceholder.set(name, finding);
    return name;
  };

  let redacted = "";
  let copiedTo = 0;
  for (const span of spans) {
    const name = placeholderFor(span.kind, span.value);
    (findingByPlaceholder.get(name) as PiiFinding).occurrences += 1;
    redacted += `${text.slice(copiedTo, span.start)}[${name}]`;
    copiedTo = span.end;
  }
  redacted += text.slice(copiedTo);

  return {
    text: redacted,
    findings,
    restore(modelOutput) {
      parsePiiInput(modelOutput, undefined);
      return modelOutput.replace(
        placeholderPattern,
        (whole, name: string) => originalByPlaceholder.get(name.toUpperCase()) ?? whole,
      );
    },
  };
}
