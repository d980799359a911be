import type { PiiDetector } from "../pii-detector.ts";

/** The check letter of a DNI or NIE is this table indexed by the number modulo 23. */
const checkLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

// DNI: 8 digits (or 12.345.678) and the letter; NIE: X, Y or Z standing for 0, 1, 2, then 7 digits and the letter.
const spanishIdPattern =
  /(?<![\p{L}\p{N}_])(?:(?<dni>\d{8}|\d{2}\.\d{3}\.\d{3})|(?<niePrefix>[XYZxyz])[ -]?(?<nieNumber>\d{7}))[ -]?(?<letter>[A-Za-z])(?![\p{L}\p{N}_])/gu;

const niePrefixes: Record<string, string> = { X: "0", Y: "1", Z: "2" };

/** Spanish national identity numbers (DNI) and foreigner numbers (NIE) whose check letter is right. */
export const spanishIdDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    for (const match of text.matchAll(spanishIdPattern)) {
      const { dni, niePrefix, nieNumber, letter } = match.groups ?? {};
      const digits =
        dni !== undefined
          ? dni.replaceAll(".", "")
          : `${niePrefixes[niePrefix?.toUpperCase() ?? ""]}${nieNumber}`;
      if (checkLetters[Number(digits) % 23] !== letter?.toUpperCase()) continue;
      matches.push({ start: match.index, end: match.index + match[0].length });
    }
    return matches;
  },
  normalize: (value) => value.replace(/[ .-]/g, "").toUpperCase(),
};
