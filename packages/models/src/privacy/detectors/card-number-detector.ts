import { passesLuhn } from "../luhn.ts";
import type { PiiDetector } from "../pii-detector.ts";

// Networks issue numbers starting with 2 to 6 (Mastercard, Amex, Visa, Discover, Maestro, UnionPay, JCB…).
const cardPattern =
  /(?<![\p{L}\p{N}_])(?<!\p{N}[ .,-])[2-6]\d{3}(?:(?<separator>[ -])\d{4,6}(?:\k<separator>\d{1,6}){1,3}|\d{9,15})(?![\p{L}\p{N}_])(?![.,]\p{N})/gu;

/** Group layouts printed on cards: 4-4-4-4 (with a short tail up to 19 digits), 4-6-5 (Amex), 4-6-4 (Diners). */
const groupLayouts = [/^4 4 4 [1-4]$/, /^4 4 4 4 [1-3]$/, /^4 4 4 4$/, /^4 6 [45]$/];

const CARD_MIN_DIGITS = 13;
const CARD_MAX_DIGITS = 19;

function isCardNumber(digits: string): boolean {
  return digits.length >= CARD_MIN_DIGITS && digits.length <= CARD_MAX_DIGITS && passesLuhn(digits);
}

/** The longest valid card number at the start of a grouped candidate, dropping trailing groups (an expiry…). */
function longestGroupedCard(candidate: string, separator: string): string | undefined {
  const groups = candidate.split(separator);
  for (let count = groups.length; count >= 3; count--) {
    const kept = groups.slice(0, count);
    const layout = kept.map((group) => group.length).join(" ");
    if (groupLayouts.some((pattern) => pattern.test(layout)) && isCardNumber(kept.join(""))) {
      return kept.join(separator);
    }
  }
  return undefined;
}

/** Payment card numbers: 13 to 19 digits, plain or grouped with spaces or dashes, with a valid Luhn check digit. */
export const cardNumberDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    for (const match of text.matchAll(cardPattern)) {
      const separator = match.groups?.separator;
      const card =
        separator === undefined
          ? isCardNumber(match[0])
            ? match[0]
            : undefined
          : longestGroupedCard(match[0], separator);
      if (card !== undefined) matches.push({ start: match.index, end: match.index + card.length });
    }
    return matches;
  },
  normalize: (value) => value.replace(/\D/g, ""),
};
