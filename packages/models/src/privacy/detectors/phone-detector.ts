import type { PiiDetector } from "../pii-detector.ts";

// Not glued to a word, an e-mail, a path or a longer number ("12 600 123 456" is an amount, not a phone).
const before = String.raw`(?<![\p{L}\p{N}_+@/])(?<!\p{N}[ .,\-/])`;
// Not followed by more of a number: a decimal part, or a short digit group that would continue the grouping.
const after = String.raw`(?![\p{L}\p{N}_])(?![.,\-/]\p{N})(?! \p{N}{1,4}(?!\p{N}))`;

/** The accepted layouts; each keeps one separator throughout, so runs of unrelated figures do not join up. */
const formats = {
  international: String.raw`\(?(?:\+|00)[1-9]\d{0,2}\)?(?:[ .\-]?\(\d{1,4}\))?[ .\-]?\d{1,4}(?:[ .\-]?\d{2,4}){1,5}`,
  spanishThreeThreeThree: String.raw`[6789]\d{2}(?<a>[ \-]?)\d{3}\k<a>\d{3}`,
  spanishThreeTwoTwoTwo: String.raw`[6789]\d{2}(?<b>[ \-]?)\d{2}\k<b>\d{2}\k<b>\d{2}`,
  spanishTwoThreeTwoTwo: String.raw`[89]\d(?<c>[ \-]?)\d{3}\k<c>\d{2}\k<c>\d{2}`,
  northAmericanParenthesized: String.raw`\([2-9]\d{2}\) ?[2-9]\d{2}[ .\-]\d{4}`,
  northAmerican: String.raw`(?:1(?<d>[ .\-]))?[2-9]\d{2}(?<e>[ .\-])[2-9]\d{2}\k<e>\d{4}`,
  britishThreeFourFour: String.raw`0[1-9]\d(?<f> ?)\d{4}\k<f>\d{4}`,
  britishFourThreeFour: String.raw`0[1-9]\d{2}(?<g> ?)\d{3}\k<g>\d{4}`,
  britishFiveThreeThree: String.raw`0[1-9]\d{3}(?<h> ?)\d{3}\k<h>\d{3}`,
  britishFiveSix: String.raw`0[1-9]\d{3} \d{6}`,
};

const phonePattern = new RegExp(`${before}(?:${Object.values(formats).join("|")})${after}`, "gu");

/** Words after which a number is an order, invoice or case reference, in English and Spanish. */
const referenceBefore =
  /(?:#|(?<!\p{L})(?:order|orden|pedido|factura|invoice|ref|reference|referencia|ticket|tracking|seguimiento|albar[aá]n|expediente|case|caso|id|account|cuenta|n[º°]|no\.)(?!\p{L}))[\s:#.º°-]*$/iu;
const currencyBefore = /(?:[€$£¥]|(?<!\p{L})(?:EUR|USD|GBP))\s?$/iu;
const currencyAfter =
  /^\s?(?:[€$£¥]|(?:EUR|USD|GBP|euros?|d[oó]lar(?:es)?|dollars?|pounds?|libras?|millones|millions?)(?!\p{L}))/iu;

/** How far before a number a reference word or currency symbol is looked for. */
const CONTEXT_LENGTH = 24;

const E164_MIN_DIGITS = 9;
const E164_MAX_DIGITS = 15;

function isPhone(text: string, start: number, end: number): boolean {
  const candidate = text.slice(start, end);
  const isInternational = /^\(?(?:\+|00)/.test(candidate);
  // A "(0)" trunk prefix is written but not dialled from abroad; a leading "00" stands in for "+".
  let digits = candidate.replace(/\D/g, "");
  if (isInternational && candidate.includes("(0)")) digits = digits.replace(/0/, "");
  if (/^\(?00/.test(candidate)) digits = digits.slice(2);
  if (digits.length < E164_MIN_DIGITS || digits.length > E164_MAX_DIGITS) return false;
  // Round figures such as "700 000 000" are amounts or populations.
  if (!isInternational && /^\d{3}0+$/.test(digits)) return false;
  const textBefore = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  if (referenceBefore.test(textBefore) || currencyBefore.test(textBefore)) return false;
  return !currencyAfter.test(text.slice(end, end + CONTEXT_LENGTH));
}

/**
 * Telephone numbers: international (`+34 600 123 456`, `0044 20 7946 0958`) and the common Spanish, North
 * American and British national layouts. Dates, amounts and order references are left alone.
 */
export const phoneDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    for (const match of text.matchAll(phonePattern)) {
      const end = match.index + match[0].length;
      if (isPhone(text, match.index, end)) matches.push({ start: match.index, end });
    }
    return matches;
  },
  normalize: (value) => value.replace(/^\(?00/, "+").replace(/[^\d+]/g, ""),
};
