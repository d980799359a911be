/** A piece of a section no longer than the target size: a paragraph, a sentence or a run of words. */
export interface TextUnit {
  text: string;
  /** True for the first unit of a paragraph, so the chunk keeps the paragraph break. */
  paragraphStart: boolean;
}

const sentenceEnd = /(?<=[.!?;:…])\s+(?=[\p{Lu}\p{N}¿¡"“([])/u;

/** Splits text into paragraphs, a paragraph over `maxChars` into sentences, a sentence over it into words. */
export function splitUnits(text: string, maxChars: number): TextUnit[] {
  const units: TextUnit[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (trimmed === "") continue;
    if (trimmed.length <= maxChars) {
      units.push({ text: trimmed, paragraphStart: true });
      continue;
    }
    let first = true;
    for (const sentence of trimmed.split(sentenceEnd)) {
      for (const piece of sentence.length <= maxChars ? [sentence] : wordRuns(sentence, maxChars)) {
        units.push({ text: piece, paragraphStart: first });
        first = false;
      }
    }
  }
  return units;
}

function wordRuns(sentence: string, maxChars: number): string[] {
  const runs: string[] = [];
  let current = "";
  for (const word of sentence.split(/\s+/)) {
    if (current !== "" && current.length + 1 + word.length > maxChars) {
      runs.push(current);
      current = word;
    } else {
      current = current === "" ? word : `${current} ${word}`;
    }
  }
  if (current !== "") runs.push(current);
  return runs;
}
