import { normalizeText, splitIdentifier } from "./normalize-text.ts";
import type { SchemaNode } from "./schema-view.ts";

const spelledNumbers: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  veinte: 20,
};

const countNouns =
  "results?|documents?|docs|passages?|matches|hits|items?|sources?|chunks?|fragments?|resultados?|documentos?|fragmentos?|pasajes?|coincidencias|fuentes";

function readNumber(word: string): number | undefined {
  const spelled = spelledNumbers[word];
  if (spelled !== undefined) return spelled;
  const value = Number(word.replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}

/** A number for a numeric argument: next to the argument's own words ("top 5", "5 results", "limit 10"). */
export function extractNumber(text: string, propertyName: string, schema: SchemaNode): number | undefined {
  const normal = normalizeText(text);
  const number = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(spelledNumbers).join("|")})`;
  const nameWords = splitIdentifier(propertyName).filter((word) => word.length > 1);
  const isCount = /^(?:top|limit|count|max|k|n|size|number)/i.test(propertyName) || nameWords.includes("top");
  const patterns = nameWords.flatMap((word) => [
    new RegExp(`\\b${word}\\s*[:=]?\\s*${number}\\b`),
    new RegExp(`\\b${number}\\s+${word}\\b`),
  ]);
  if (isCount) {
    patterns.push(
      new RegExp(
        `\\b(?:top|first|best|primer[oa]s|mejores|los|las|only|solo|max(?:imum)?|up to|hasta)\\s+${number}\\b`,
      ),
      new RegExp(`\\b${number}\\s+(?:${countNouns})\\b`),
      new RegExp(`\\b${number}\\s+(?:primer[oa]s|mejores|top)\\b`),
    );
  }
  for (const pattern of patterns) {
    const word = pattern.exec(normal)?.[1];
    const value = word === undefined ? undefined : readNumber(word);
    if (value === undefined) continue;
    const integer = schema.type === "integer" ? Math.round(value) : value;
    const minimum = typeof schema.minimum === "number" ? schema.minimum : -Infinity;
    const maximum = typeof schema.maximum === "number" ? schema.maximum : Infinity;
    return Math.min(maximum, Math.max(minimum, integer));
  }
  return undefined;
}

/** A yes/no argument: its own words said plainly (true) or negated with "no/not/without/sin" (false). */
export function extractBoolean(text: string, propertyName: string): boolean | undefined {
  const normal = normalizeText(text);
  const words = splitIdentifier(propertyName).filter(
    (word) => !/^(?:is|has|include|with|should|enable)$/.test(word),
  );
  if (words.length === 0) return undefined;
  const phrase = words.join("\\W*");
  const mentioned = new RegExp(`\\b${phrase}`).exec(normal);
  if (!mentioned) return undefined;
  const before = normal.slice(Math.max(0, mentioned.index - 24), mentioned.index);
  return !/\b(?:no|not|without|sin|don'?t|dont|never|nunca|exclude|excluding|excluir)\b/.test(before);
}
