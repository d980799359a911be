import { piiDetectors } from "./pii-detectors.ts";
import { type PiiOptions, parsePiiInput } from "./pii-options.ts";
import type { PiiSpan } from "./pii-span.ts";

/** Index of the first accepted span that ends after `start`, in spans sorted by start. */
function firstEndingAfter(accepted: PiiSpan[], start: number): number {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((accepted[middle] as PiiSpan).end <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Finds personal data and secrets in a text, in text order. Where candidates of different kinds overlap, the kind
 * earlier in `piiKinds` wins (a valid IBAN over the phone-like digits inside it), so spans never overlap.
 */
export function detectPii(text: string, options?: PiiOptions): PiiSpan[] {
  const kinds = parsePiiInput(text, options);
  const accepted: PiiSpan[] = [];
  for (const kind of kinds) {
    for (const { start, end } of piiDetectors[kind].detect(text)) {
      const index = firstEndingAfter(accepted, start);
      const next = accepted[index];
      if (next !== undefined && next.start < end) continue;
      accepted.splice(index, 0, { kind, start, end, value: text.slice(start, end) });
    }
  }
  return accepted;
}
