/**
 * Characters a value can hold besides single spaces (e-mails, phone numbers, cards, IBANs, ids, API keys), and the
 * ones right after a value that decide whether it is one (`4111111111111111,5` is a decimal, not a card).
 */
const valueCharacter = /[\p{L}\p{N}\p{M}@._%+\-(),/]/u;
const digit = /\p{N}/u;
/** A group of an IBAN written with spaces (`GB82 WEST 1234`); letters-only groups sit among digit groups. */
const shortGroup = /^[A-Z0-9]{1,4}$/;
/** A PEM private key's first line while it is still arriving (`-----BEGIN RSA PRIV`). */
const privateKeyHeaderSoFar = /-----BEGIN[ A-Z]*-{0,5}$/;

function tokenStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && valueCharacter.test(text[start - 1] as string)) start -= 1;
  return start;
}

/**
 * Whether a space between two tokens may sit inside one value. Values with spaces are grouped numbers (cards,
 * phones, IBANs, national ids), so a digit on either side is enough; `next` is empty when the text ends with the
 * space and the next group has not arrived yet.
 */
function mayJoin(previous: string, next: string): boolean {
  if (digit.test(previous) || digit.test(next)) return true;
  return shortGroup.test(previous) && (next === "" || shortGroup.test(next));
}

/** Never cuts a character written as two UTF-16 units in half (its second half may be in the next delta). */
export function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return index > 0 && code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/**
 * Where the trailing run of `text` that could still grow into a value begins: the last word not yet ended,
 * reaching back over single spaces while the groups around them look like one grouped number, or the start of a
 * private key's first line still arriving. Everything before it can be filtered and let go.
 */
export function holdPoint(text: string): number {
  let start = tokenStart(text, text.length);
  let next = text.slice(start);
  while (start >= 2 && text[start - 1] === " " && text[start - 2] !== " ") {
    const previousStart = tokenStart(text, start - 1);
    const previous = text.slice(previousStart, start - 1);
    if (previous === "" || !mayJoin(previous, next)) break;
    start = previousStart;
    next = previous;
  }
  const header = privateKeyHeaderSoFar.exec(text);
  return safeCut(text, Math.min(start, header ? header.index : text.length));
}
