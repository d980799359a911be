import { passesIbanChecksum } from "../iban-checksum.ts";
import type { PiiDetector } from "../pii-detector.ts";
import { ibanLengths } from "./iban-lengths.ts";

/** Where an IBAN may begin: a country code and two check digits, not inside a word. */
const ibanStart = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}(?= ?[A-Za-z0-9])/gu;

/** An ASCII letter or digit; IBANs hold nothing else. */
function isAlphanumeric(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}

/** The end of an IBAN of `length` characters starting at `start`, allowing single spaces between them. */
function ibanEnd(text: string, start: number, length: number): number | undefined {
  let position = start;
  let counted = 0;
  while (counted < length) {
    const character = text[position];
    if (isAlphanumeric(character)) {
      counted += 1;
      position += 1;
    } else if (character === " " && counted > 0 && isAlphanumeric(text[position + 1])) {
      position += 1;
    } else {
      return undefined;
    }
  }
  return isAlphanumeric(text[position]) ? undefined : position;
}

/** IBANs of the registry's countries, compact or grouped by spaces, whose mod-97 check holds. */
export const ibanDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    let searchedTo = 0;
    for (const match of text.matchAll(ibanStart)) {
      if (match.index < searchedTo) continue;
      const length = ibanLengths[match[0].slice(0, 2).toUpperCase()];
      if (length === undefined) continue;
      const end = ibanEnd(text, match.index, length);
      if (end === undefined) continue;
      if (!passesIbanChecksum(text.slice(match.index, end).replaceAll(" ", "").toUpperCase())) continue;
      matches.push({ start: match.index, end });
      searchedTo = end;
    }
    return matches;
  },
  normalize: (value) => value.replaceAll(" ", "").toUpperCase(),
};
