import { piiDetectors } from "./pii-detectors.ts";
import { type PiiKind, piiPlaceholderLabel } from "./pii-kind.ts";
import type { PiiSpan } from "./pii-span.ts";

/** `[EMAIL_1]`, `[ card_number_2 ]`: models sometimes change the case or pad the brackets. */
export const placeholderPattern = /\[\s*([A-Za-z]+(?:_[A-Za-z]+)*_\d+)\s*\]/g;

/** The placeholder names (`EMAIL_1`) a text already holds, upper-cased. */
export function placeholderNamesIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => (match[1] as string).toUpperCase());
}

/**
 * Hands out numbered placeholders, one per value: the same value in any of its spellings gets the same name for
 * as long as the book lives (one text, one prompt, one streamed answer). Reserved names are never handed out.
 */
export class PlaceholderBook {
  private readonly nameByValue = new Map<string, string>();
  private readonly valueByName = new Map<string, string>();
  private readonly counters = new Map<PiiKind, number>();
  private readonly reserved = new Set<string>();

  /** Keeps names already written in the text from being handed out for other values. */
  reserve(names: Iterable<string>): void {
    for (const name of names) this.reserved.add(name);
  }

  /** The placeholder name for a value (`EMAIL_1`), numbering a value seen for the first time. */
  nameFor(kind: PiiKind, value: string): string {
    const key = `${kind}\u0000${piiDetectors[kind].normalize(value)}`;
    const known = this.nameByValue.get(key);
    if (known !== undefined) return known;
    const name = this.nextName(kind);
    this.nameByValue.set(key, name);
    this.valueByName.set(name, value);
    return name;
  }

  /** A name for a value that is never shown whole (a private key cut off while it streams). */
  freshName(kind: PiiKind): string {
    return this.nextName(kind);
  }

  /** The value a name stands for, if this book handed it out for one. */
  valueOf(name: string): string | undefined {
    return this.valueByName.get(name);
  }

  private nextName(kind: PiiKind): string {
    let name: string;
    do {
      const count = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, count);
      name = `${piiPlaceholderLabel(kind)}_${count}`;
    } while (this.reserved.has(name));
    return name;
  }
}

/**
 * `text` with each span (sorted, non-overlapping, inside the text) replaced by its placeholder; `onReplace` hears
 * each replacement, for counting.
 */
export function replaceSpans(
  text: string,
  spans: readonly PiiSpan[],
  book: PlaceholderBook,
  onReplace: (kind: PiiKind, name: string) => void,
): string {
  let replaced = "";
  let copiedTo = 0;
  for (const span of spans) {
    const name = book.nameFor(span.kind, span.value);
    onReplace(span.kind, name);
    replaced += `${text.slice(copiedTo, span.start)}[${name}]`;
    copiedTo = span.end;
  }
  return replaced + text.slice(copiedTo);
}
