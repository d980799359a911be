import { isNearWord } from "./edit-distance.ts";
import { normalizeText } from "./normalize-text.ts";

/** A to-date period: month, quarter or year to date. */
export type ToDatePeriod = "MTD" | "QTD" | "YTD";

interface PeriodRule {
  period: ToDatePeriod;
  pattern: RegExp;
  weight: number;
}

const month = "(?:month|mes)";
const quarter = "(?:quarter|qtr|trimestre)";
const year = "(?:year|ano|fiscal year|ejercicio)";
const current =
  "(?:this|current|the current|so far this|so far in the|so far in this|este|esta|el|del|en el|en este|lo que va del|lo que va de este|en lo que va del|en lo que va de este|actual|corriente)";

/** Strong rules name the period outright; weak ones only mention its unit. The strongest, then latest, wins. */
const rules: PeriodRule[] = [
  { period: "MTD", pattern: /\bmtd\b/g, weight: 5 },
  { period: "QTD", pattern: /\bqtd\b/g, weight: 5 },
  { period: "YTD", pattern: /\b(?:ytd|fytd)\b/g, weight: 5 },
  {
    period: "MTD",
    pattern: new RegExp(`\\b${month}\\s*(?:-|\\s)?\\s*to\\s*(?:-|\\s)?\\s*date\\b`, "g"),
    weight: 4,
  },
  {
    period: "QTD",
    pattern: new RegExp(`\\b${quarter}\\s*(?:-|\\s)?\\s*to\\s*(?:-|\\s)?\\s*date\\b`, "g"),
    weight: 4,
  },
  {
    period: "YTD",
    pattern: new RegExp(`\\b${year}\\s*(?:-|\\s)?\\s*to\\s*(?:-|\\s)?\\s*date\\b`, "g"),
    weight: 4,
  },
  {
    period: "MTD",
    pattern: new RegExp(`\\b${current}\\s+${month}\\b|\\b${month}\\s+(?:actual|en curso|corriente)\\b`, "g"),
    weight: 3,
  },
  {
    period: "QTD",
    pattern: new RegExp(
      `\\b${current}\\s+${quarter}\\b|\\b${quarter}\\s+(?:actual|en curso|corriente)\\b`,
      "g",
    ),
    weight: 3,
  },
  {
    period: "YTD",
    pattern: new RegExp(`\\b${current}\\s+${year}\\b|\\b${year}\\s+(?:actual|en curso|corriente)\\b`, "g"),
    weight: 3,
  },
  {
    period: "YTD",
    pattern:
      /\b(?:since (?:january|the start of the year|the beginning of the year)|desde (?:enero|principios de ano|inicio de ano|el inicio del ano|comienzo de ano))\b/g,
    weight: 3,
  },
  {
    period: "MTD",
    pattern:
      /\b(?:this week|today|so far this week|esta semana|hoy|lately|recently|right now|currently|ultimamente|ahora mismo)\b/g,
    weight: 2,
  },
  { period: "MTD", pattern: new RegExp(`\\b${month}\\b`, "g"), weight: 1 },
  { period: "QTD", pattern: new RegExp(`\\b(?:${quarter}|q[1-4])\\b`, "g"), weight: 1 },
  { period: "YTD", pattern: new RegExp(`\\b(?:${year}|20\\d\\d)\\b`, "g"), weight: 1 },
  { period: "MTD", pattern: /\b(?:monthly|mensual|mensuales)\b/g, weight: 0.5 },
  { period: "QTD", pattern: /\b(?:quarterly|trimestral|trimestrales)\b/g, weight: 0.5 },
  { period: "YTD", pattern: /\b(?:annual|yearly|anual|anuales)\b/g, weight: 0.5 },
];

const monthNames: string[][] = [
  ["january", "enero"],
  ["february", "febrero"],
  ["march", "marzo"],
  ["april", "abril"],
  ["may", "mayo"],
  ["june", "junio"],
  ["july", "julio"],
  ["august", "agosto"],
  ["september", "septiembre", "setiembre"],
  ["october", "octubre"],
  ["november", "noviembre"],
  ["december", "diciembre"],
];

/** A named month ("in March", "en marzo") is the smallest to-date period that still contains it. */
function periodOfNamedMonth(normal: string, now: Date): ToDatePeriod | undefined {
  const mentioned = monthNames.findIndex((names) =>
    names.some((name) => new RegExp(`\\b(?:in|en|for|de|during|durante)\\s+${name}\\b`).test(normal)),
  );
  if (mentioned < 0) return undefined;
  const currentMonth = now.getUTCMonth();
  if (mentioned === currentMonth) return "MTD";
  if (Math.floor(mentioned / 3) === Math.floor(currentMonth / 3) && mentioned < currentMonth) return "QTD";
  return "YTD";
}

const periodVocabulary = [
  "month",
  "quarter",
  "year",
  "trimestre",
  "monthly",
  "quarterly",
  "yearly",
  "annual",
  "today",
  "semana",
];

/** "qurter" → "quarter": period words are corrected for typos before the rules read them. */
function correctPeriodTypos(normal: string): string {
  return normal.replace(/\p{L}+/gu, (word) =>
    word.length >= 5 ? (periodVocabulary.find((known) => isNearWord(word, known)) ?? word) : word,
  );
}

/** The to-date period a sentence asks for, or undefined when it names none. */
export function parsePeriod(text: string, now: Date): ToDatePeriod | undefined {
  const normal = correctPeriodTypos(normalizeText(text));
  let best: { period: ToDatePeriod; weight: number; position: number } | undefined;
  for (const rule of rules) {
    for (const match of normal.matchAll(rule.pattern)) {
      const candidate = { period: rule.period, weight: rule.weight, position: match.index };
      // The strongest wins; among equals the later one, so "this month… and this quarter?" means the quarter.
      if (!best || candidate.weight >= best.weight) best = candidate;
    }
  }
  const named = periodOfNamedMonth(normal, now);
  if (named && (!best || best.weight < 3)) return named;
  return best?.period;
}
