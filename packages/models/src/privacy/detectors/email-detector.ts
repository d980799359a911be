import type { PiiDetector } from "../pii-detector.ts";

const localPart = String.raw`[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*`;
const domainLabel = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
const emailPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-@])${localPart}@(?:${domainLabel}\.)+\p{L}{2,63}(?![\p{L}\p{N}\-@])(?!\.[\p{L}\p{N}])`,
  "gu",
);

/** The longest local part RFC 5321 allows. */
const LOCAL_PART_MAX_LENGTH = 64;

/** E-mail addresses, internationalized ones included (`josé@ejemplo.es`). */
export const emailDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    for (const match of text.matchAll(emailPattern)) {
      if (match[0].indexOf("@") > LOCAL_PART_MAX_LENGTH) continue;
      matches.push({ start: match.index, end: match.index + match[0].length });
    }
    return matches;
  },
  normalize: (value) => value.toLowerCase(),
};
