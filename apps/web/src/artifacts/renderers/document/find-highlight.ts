/** Shortest stretch of a quote still worth marking when the whole quote is not found on the page. */
const MIN_MATCH = 16;

const comparable = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Which of a page's text pieces (pdf.js text-layer spans, in reading order) hold `quote`. Letters and digits are
 * compared alone, so line breaks, hyphenation and spacing the PDF adds do not hide the span. When the whole quote is
 * not on the page (it ran on to the next one), its longest beginning that is marks what it can.
 */
export function findHighlight(pieces: readonly string[], quote: string): number[] {
  const owner: number[] = [];
  let page = "";
  pieces.forEach((piece, index) => {
    const letters = comparable(piece);
    page += letters;
    for (let count = 0; count < letters.length; count += 1) owner.push(index);
  });
  const wanted = comparable(quote);
  if (wanted.length === 0) return [];
  let length = wanted.length;
  let start = page.indexOf(wanted);
  while (start < 0 && length > MIN_MATCH) {
    length = Math.max(MIN_MATCH, Math.floor(length * 0.75));
    start = page.indexOf(wanted.slice(0, length));
  }
  if (start < 0) return [];
  return [...new Set(owner.slice(start, start + length))];
}
