import type { PiiDetector } from "../pii-detector.ts";

/** The substrings a detector reports, checked to be exactly `text.slice(start, end)` in text order. */
export function detectedValues(detector: PiiDetector, text: string): string[] {
  const matches = detector.detect(text);
  for (let index = 1; index < matches.length; index++) {
    if ((matches[index] as { start: number }).start < (matches[index - 1] as { end: number }).end) {
      throw new Error("the detector returned overlapping or unordered matches");
    }
  }
  return matches.map(({ start, end }) => text.slice(start, end));
}
