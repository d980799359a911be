/** A JSON Schema node read defensively: tool schemas come from plugins and may be partial or odd. */
export type SchemaNode = Record<string, unknown>;

/** The value as a schema node, or undefined when it is not an object. */
export function asSchema(value: unknown): SchemaNode | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as SchemaNode)
    : undefined;
}

/** The declared properties of an object schema, in order. */
export function propertiesOf(schema: SchemaNode | undefined): [string, SchemaNode][] {
  const properties = asSchema(schema?.properties);
  if (!properties) return [];
  return Object.entries(properties).flatMap(([name, value]) => {
    const node = asSchema(value);
    return node ? [[name, node] as [string, SchemaNode]] : [];
  });
}

/** The names of required properties. */
export function requiredOf(schema: SchemaNode | undefined): string[] {
  return Array.isArray(schema?.required) ? schema.required.filter((name) => typeof name === "string") : [];
}

/** The allowed values of an enum-like schema (`enum`, `const`, or `anyOf`/`oneOf` of constants). */
export function enumOf(schema: SchemaNode): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ("const" in schema) return [schema.const];
  const alternatives = Array.isArray(schema.anyOf)
    ? schema.anyOf
    : Array.isArray(schema.oneOf)
      ? schema.oneOf
      : [];
  const constants = alternatives.map(asSchema).filter((node) => node !== undefined && "const" in node);
  return constants.length > 0 && constants.length === alternatives.length
    ? constants.map((node) => node?.const)
    : undefined;
}

/** The schema's type, ignoring "null" in a type list; inferred from enum values or properties when absent. */
export function typeOf(schema: SchemaNode): string | undefined {
  const declared = Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;
  if (typeof declared === "string") return declared;
  const values = enumOf(schema);
  if (values && values.length > 0) return typeof values[0];
  if (asSchema(schema.properties)) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

/** The schema's description, or an empty string. */
export function descriptionOf(schema: SchemaNode | undefined): string {
  return typeof schema?.description === "string" ? schema.description : "";
}
