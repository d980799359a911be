import type { PiiDetector } from "../pii-detector.ts";

// Written with dashes or spaces; nine bare digits are far more often an order or account number.
const ssnPattern =
  /(?<![\p{L}\p{N}_])(?<!\p{N}[ .,\-/])(?<area>\d{3})(?<separator>[ -])(?<group>\d{2})\k<separator>(?<serial>\d{4})(?![\p{L}\p{N}_])(?![ .,\-/]\p{N})/gu;

/** Numbers printed on sample cards and in advertising, never issued to a person. */
const publicizedNumbers = new Set(["078051120", "219099999"]);

/** The Social Security Administration never issues area 000, 666 or 900–999, group 00 or serial 0000. */
function isIssuable(area: string, group: string, serial: string): boolean {
  if (area === "000" || area === "666" || area.startsWith("9")) return false;
  if (group === "00" || serial === "0000") return false;
  return !publicizedNumbers.has(area + group + serial);
}

/** US Social Security numbers (`123-45-6789`, `123 45 6789`) that follow the issuing rules. */
export const usSsnDetector: PiiDetector = {
  detect(text) {
    const matches = [];
    for (const match of text.matchAll(ssnPattern)) {
      const { area = "", group = "", serial = "" } = match.groups ?? {};
      if (isIssuable(area, group, serial))
        matches.push({ start: match.index, end: match.index + match[0].length });
    }
    return matches;
  },
  normalize: (value) => value.replace(/\D/g, ""),
};
