import { extractFeatures, type TextFeatures } from "./concept-matcher.ts";
import type { Language } from "./detect-language.ts";
import type { EntityCatalogue } from "./entity-catalogue.ts";
import { type EntityResolution, resolveEntities } from "./entity-resolver.ts";
import { parsePeriod, type ToDatePeriod } from "./period-parser.ts";

/** Everything the planner reads once from the user's request and then hands to every slot filler. */
export interface RequestContext {
  text: string;
  language: Language;
  features: TextFeatures;
  entities: EntityResolution;
  period: ToDatePeriod | undefined;
  catalogue: EntityCatalogue;
  now: Date;
}

/** Reads the request once: its concepts, the entities and period it names. */
export function readRequest(options: {
  text: string;
  language: Language;
  catalogue: EntityCatalogue;
  now: Date;
}): RequestContext {
  const features = extractFeatures(options.text);
  const entities = resolveEntities(options.text, options.catalogue);
  // Naming "Atlas" is naming a project even when the word "project" is absent.
  for (const mention of entities.known)
    features.concepts.add(mention.kind === "project" ? "project" : "unit");
  return { ...options, features, entities, period: parsePeriod(options.text, options.now) };
}
