import type { PiiMatch } from "./pii-span.ts";

/** Finds one kind of personal data in a text. */
export interface PiiDetector {
  /** Non-overlapping matches, in text order. */
  detect(text: string): PiiMatch[];
  /** The form two spellings of the same value share (`600 123 456` and `600123456`), for placeholders. */
  normalize(value: string): string;
}
