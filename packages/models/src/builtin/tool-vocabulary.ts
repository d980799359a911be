import { extractFeatures } from "./concept-matcher.ts";
import { splitIdentifier } from "./normalize-text.ts";
import { descriptionOf, enumOf, propertiesOf, type SchemaNode } from "./schema-view.ts";

/** A function tool as the planner sees it. */
export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: SchemaNode;
}

/** Features of a tool ("c:revenue" for a concept, "w:stem" for another word) with how prominently it says them. */
export type ToolVocabulary = Map<string, number>;

/** Where a word appears in a tool's definition, and how much that placement says about the tool. */
const placementWeight = { name: 3, description: 2, enumValue: 2, propertyName: 1, propertyDescription: 1 };

function addText(vocabulary: ToolVocabulary, text: string, weight: number): void {
  const features = extractFeatures(text);
  const keys = [
    ...[...features.concepts].map((concept) => `c:${concept}`),
    ...[...features.words].map((word) => `w:${word}`),
  ];
  for (const key of keys) vocabulary.set(key, Math.max(vocabulary.get(key) ?? 0, weight));
}

function addSchema(vocabulary: ToolVocabulary, schema: SchemaNode, depth: number): void {
  if (depth > 4) return;
  for (const [name, property] of propertiesOf(schema)) {
    addText(vocabulary, splitIdentifier(name).join(" "), placementWeight.propertyName);
    addText(vocabulary, descriptionOf(property), placementWeight.propertyDescription);
    for (const value of enumOf(property) ?? []) {
      if (typeof value === "string")
        addText(vocabulary, splitIdentifier(value).join(" "), placementWeight.enumValue);
    }
    addSchema(vocabulary, property, depth + 1);
    const items = property.items;
    if (items && typeof items === "object" && !Array.isArray(items))
      addSchema(vocabulary, items as SchemaNode, depth + 1);
  }
}

/** Reads a tool's name, description and schema (property names, descriptions, enum values) into features. */
export function buildToolVocabulary(tool: ToolDefinition): ToolVocabulary {
  const vocabulary: ToolVocabulary = new Map();
  addText(vocabulary, splitIdentifier(tool.name).join(" "), placementWeight.name);
  addText(vocabulary, tool.description, placementWeight.description);
  addSchema(vocabulary, tool.inputSchema, 0);
  return vocabulary;
}
