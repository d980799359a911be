import { extractFeatures } from "./concept-matcher.ts";
import type { Language } from "./detect-language.ts";
import { splitIdentifier } from "./normalize-text.ts";

/** How common business figures are called in each language, keyed by lexicon concept. */
const labels: Record<string, Record<Language, string>> = {
  revenue: { en: "Revenue", es: "Ingresos" },
  cost: { en: "Costs", es: "Costes" },
  margin: { en: "Gross margin", es: "Margen bruto" },
  bookings: { en: "Bookings", es: "Bookings (contratos firmados)" },
  arr: { en: "ARR", es: "ARR (ingresos recurrentes anuales)" },
  headcount: { en: "Headcount", es: "Plantilla" },
  burn: { en: "Burn", es: "Consumo de caja (burn)" },
  incident: { en: "Incidents", es: "Incidentes" },
  hiring: { en: "Hiring", es: "Contratación" },
};

/** The lexicon concepts a metric's key names ("grossMargin" → margin). */
export function conceptsOfMetric(key: string): Set<string> {
  return extractFeatures(splitIdentifier(key).join(" ")).concepts;
}

/** A metric key written as a label in the user's language ("grossMargin" → "Gross margin" / "Margen bruto"). */
export function metricLabel(key: string, language: Language): string {
  for (const concept of conceptsOfMetric(key)) {
    const label = labels[concept];
    if (label) return label[language];
  }
  const words = splitIdentifier(key).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
