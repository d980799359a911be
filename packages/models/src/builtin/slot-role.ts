import { normalizeText, splitIdentifier } from "./normalize-text.ts";
import { asSchema, descriptionOf, enumOf, type SchemaNode, typeOf } from "./schema-view.ts";

/** What an argument is for, read from its name and schema; decides how it is filled from the sentence. */
export type SlotRole =
  | "scope"
  | "entity-id"
  | "period"
  | "enum"
  | "jira-key"
  | "title"
  | "assignee"
  | "description"
  | "query"
  | "message"
  | "pattern"
  | "collection"
  | "labels"
  | "rows"
  | "axis"
  | "number"
  | "boolean"
  | "object"
  | "string";

const entityKindWords = new Set([
  "project",
  "bu",
  "business unit",
  "unit",
  "business_unit",
  "businessunit",
  "proyecto",
  "unidad",
]);

function isScopeEnum(values: unknown[]): boolean {
  return values.some((value) => typeof value === "string" && entityKindWords.has(normalizeText(value)));
}

function isPeriodEnum(name: string, values: unknown[]): boolean {
  return (
    /period|periodo|range|window/i.test(name) ||
    values.every((value) => typeof value === "string" && /^[mqyw]td$/i.test(value))
  );
}

/** Classifies one property of a tool's input schema. */
export function slotRoleOf(name: string, schema: SchemaNode): SlotRole {
  const type = typeOf(schema);
  const values = enumOf(schema);
  const words = splitIdentifier(name).join(" ");
  if (values && values.length > 0) {
    if (isScopeEnum(values)) return "scope";
    if (isPeriodEnum(name, values)) return "period";
    return "enum";
  }
  if (type === "object") return "object";
  if (type === "boolean") return "boolean";
  if (type === "integer" || type === "number") return "number";
  if (type === "array") {
    const items = asSchema(schema.items);
    const itemType = items ? typeOf(items) : undefined;
    if (itemType === "object" || /^(data|rows|records|values|points|series)$/i.test(name)) return "rows";
    if (/label|tag|etiqueta/i.test(name)) return "labels";
    return "labels";
  }
  if (schema.format === "uuid" || /(^id$|Id$|_id$)/.test(name)) return "entity-id";
  if (/key$/i.test(name) || (typeof schema.pattern === "string" && schema.pattern.startsWith("^[A-Z]")))
    return "jira-key";
  if (/^(title|subject|summary|heading|name)$/i.test(name)) return "title";
  if (/assignee|owner|assign|email|user/i.test(name)) return "assignee";
  if (/description|body|details|notes|content|comment/i.test(name)) return "description";
  // The words of a message to send ("text" of a chat post), unless the tool says it is a search.
  if (/^(text|message)$/i.test(name) && !/search|query|find/i.test(descriptionOf(schema))) return "message";
  if (
    /^(query|q|question|search|prompt|terms?|keywords?|text)$/i.test(name) ||
    /search/i.test(descriptionOf(schema))
  )
    return "query";
  if (/collection|folder|namespace|library|space/i.test(name)) return "collection";
  if (/^(x|y)(field|axis|column)?$/i.test(words.replace(/\s+/g, ""))) return "axis";
  if (typeof schema.pattern === "string") return "pattern";
  return "string";
}
