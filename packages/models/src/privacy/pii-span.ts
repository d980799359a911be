import type { PiiKind } from "./pii-kind.ts";

/** Where one piece of personal data sits in a text: `text.slice(start, end) === value`. */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
}

/** A detector's raw answer, before the kind and value are attached. */
export interface PiiMatch {
  start: number;
  end: number;
}
