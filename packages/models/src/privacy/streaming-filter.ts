import { detectPii } from "./detect-pii.ts";
import { openSecretToken, privateKeyFooter, privateKeyHeader } from "./detectors/secret-detector.ts";
import { outputKinds } from "./filter-output.ts";
import { holdPoint, safeCut } from "./hold-point.ts";
import type { PiiKind } from "./pii-kind.ts";
import type { PiiOptions } from "./pii-options.ts";
import { type PiiCount, PiiTally } from "./pii-tally.ts";
import { PlaceholderBook, placeholderNamesIn, replaceSpans } from "./placeholder-book.ts";

/** What one push or flush lets out: filtered text, and what it took out by kind. */
export interface FilteredDelta {
  text: string;
  redactions: PiiCount[];
}

/** Filters one streamed text; text held back (a value that may continue) comes out of a later push or `flush`. */
export interface StreamingPiiFilter {
  push(delta: string): FilteredDelta;
  flush(): FilteredDelta;
}

/** The most a filter holds back: longer than any e-mail, card, IBAN or phone number. */
export const STREAM_HOLD_MAX = 512;
/** Already-sent characters kept for the detectors that look behind a value (`order #`, `$`). */
const CONTEXT_LENGTH = 32;
/** Enough to find a private key's last line split across deltas. */
const FOOTER_TAIL = 64;
const tokenCharacter = /[A-Za-z0-9_.-]/;

/**
 * An output filter for a text as it streams: it lets everything go at once except the trailing run that could
 * still become a value (`holdPoint`, at most `STREAM_HOLD_MAX` characters), so the text reads as it arrives and no
 * value leaves half-written. What it lets out equals `filterOutput` of the whole text, placeholders included,
 * except that a private key (or a secret token longer than the hold) is cut off as soon as it is recognised,
 * before its end arrives.
 */
export function createStreamingFilter(options?: PiiOptions): StreamingPiiFilter {
  const kinds = outputKinds("", options);
  return new StreamingFilter(kinds);
}

class StreamingFilter implements StreamingPiiFilter {
  private pending = "";
  private context = "";
  /** Inside a secret already replaced by its placeholder: the rest of it is dropped until it ends. */
  private dropping: "private-key" | "token" | null = null;
  private readonly book = new PlaceholderBook();

  constructor(private readonly kinds: PiiKind[]) {}

  push(delta: string): FilteredDelta {
    this.pending += delta;
    return this.drain(false);
  }

  flush(): FilteredDelta {
    const out = this.drain(true);
    this.pending = "";
    this.context = "";
    this.dropping = null;
    return out;
  }

  private drain(final: boolean): FilteredDelta {
    const tally = new PiiTally();
    let text = "";
    for (;;) {
      if (this.dropping) {
        if (this.drop(final)) continue;
        break;
      }
      const header = this.kinds.includes("secret") ? privateKeyHeader.exec(this.pending) : null;
      if (header) {
        text += this.settle(header.index, tally, true);
        text += this.openSecret("private-key", header[0].length, tally);
        continue;
      }
      let hold = final ? this.pending.length : holdPoint(this.pending);
      if (this.pending.length - hold > STREAM_HOLD_MAX) {
        const token = this.kinds.includes("secret") ? openSecretToken.exec(this.pending) : null;
        if (token && token[0].length > STREAM_HOLD_MAX) {
          text += this.settle(token.index, tally, true);
          text += this.openSecret("token", token[0].length, tally);
          continue;
        }
        hold = safeCut(this.pending, this.pending.length - STREAM_HOLD_MAX);
      }
      text += this.settle(hold, tally);
      break;
    }
    return { text, redactions: tally.list() };
  }

  /**
   * Filters and lets go of the pending text before `limit`: less when a value runs across it, unless `exact` (a
   * secret starts there). The detectors see the text around it, so a value's neighbours decide as they would in
   * the whole text.
   */
  private settle(limit: number, tally: PiiTally, exact = false): string {
    const offset = this.context.length;
    let cut = limit;
    const spans = [];
    for (const span of detectPii(this.context + this.pending, { kinds: this.kinds })) {
      if (span.start < offset) continue;
      const start = span.start - offset;
      if (start >= cut) break;
      if (span.end - offset > cut) {
        if (!exact) cut = start;
        break;
      }
      spans.push({ ...span, start, end: span.end - offset });
    }
    const released = this.pending.slice(0, cut);
    this.book.reserve(placeholderNamesIn(released));
    const filtered = replaceSpans(released, spans, this.book, (kind) => tally.add(kind));
    this.context = (this.context + released).slice(-CONTEXT_LENGTH);
    this.pending = this.pending.slice(cut);
    return filtered;
  }

  /** Replaces a secret whose start is at the front of the pending text; its rest is dropped as it arrives. */
  private openSecret(kind: "private-key" | "token", seen: number, tally: PiiTally): string {
    tally.add("secret");
    this.context = this.pending.slice(0, seen).slice(-CONTEXT_LENGTH);
    this.pending = this.pending.slice(seen);
    this.dropping = kind;
    return `[${this.book.freshName("secret")}]`;
  }

  /** Drops the rest of an open secret; true when it ended and the text after it is pending again. */
  private drop(final: boolean): boolean {
    const end = this.dropping === "private-key" ? footerEnd(this.pending) : tokenEnd(this.pending);
    if (end === undefined) {
      const kept = final ? 0 : this.dropping === "private-key" ? FOOTER_TAIL : 0;
      this.context = this.pending.slice(-CONTEXT_LENGTH);
      this.pending = kept > 0 ? this.pending.slice(-kept) : "";
      return false;
    }
    this.context = this.pending.slice(0, end).slice(-CONTEXT_LENGTH);
    this.pending = this.pending.slice(end);
    this.dropping = null;
    return true;
  }
}

function footerEnd(text: string): number | undefined {
  const footer = privateKeyFooter.exec(text);
  return footer ? footer.index + footer[0].length : undefined;
}

function tokenEnd(text: string): number | undefined {
  for (let index = 0; index < text.length; index++) {
    if (!tokenCharacter.test(text[index] as string)) return index;
  }
  return undefined;
}
