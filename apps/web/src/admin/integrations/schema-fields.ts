/** One property of an integration's JSON Schema, as a form field. */
export interface SchemaField {
  name: string;
  kind: "text" | "url" | "email" | "boolean" | "secret";
  required: boolean;
  description: string | undefined;
  defaultValue: string | boolean | undefined;
  maxLength: number | undefined;
}

interface JsonSchemaProperty {
  type?: unknown;
  format?: unknown;
  description?: unknown;
  default?: unknown;
  maxLength?: unknown;
}

/**
 * The fields of a JSON Schema object (the API's `configSchema` or `credentialsSchema`), in the schema's order.
 * Credentials are always secrets (password inputs); anything that is neither a string nor a boolean is skipped,
 * since no integration asks for one yet and the server checks the whole body anyway.
 */
export function schemaFields(schema: Record<string, unknown>, secret: boolean): SchemaField[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchemaProperty>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return Object.entries(properties).flatMap(([name, property]): SchemaField[] => {
    const kind = fieldKind(property, secret);
    if (!kind) return [];
    const fallback = property.default;
    return [
      {
        name,
        kind,
        required: required.includes(name),
        description: typeof property.description === "string" ? property.description : undefined,
        defaultValue: typeof fallback === "string" || typeof fallback === "boolean" ? fallback : undefined,
        maxLength: typeof property.maxLength === "number" ? property.maxLength : undefined,
      },
    ];
  });
}

function fieldKind(property: JsonSchemaProperty, secret: boolean): SchemaField["kind"] | undefined {
  if (property.type === "boolean") return "boolean";
  if (property.type !== "string") return undefined;
  if (secret) return "secret";
  if (property.format === "uri") return "url";
  if (property.format === "email") return "email";
  return "text";
}

/** The form's starting values: what is saved, else the schema's default (secrets always start empty). */
export function initialValues(
  fields: SchemaField[],
  saved: Record<string, unknown> | undefined,
): Record<string, string | boolean> {
  return Object.fromEntries(
    fields.map((field) => {
      const stored = saved?.[field.name];
      if (field.kind === "boolean")
        return [field.name, typeof stored === "boolean" ? stored : field.defaultValue === true];
      if (field.kind === "secret") return [field.name, ""];
      return [
        field.name,
        typeof stored === "string"
          ? stored
          : typeof field.defaultValue === "string"
            ? field.defaultValue
            : "",
      ];
    }),
  );
}

/** The body's values: trimmed text, empty optional text left out so the server's default applies. */
export function bodyValues(fields: SchemaField[], values: Record<string, string | boolean>) {
  return Object.fromEntries(
    fields.flatMap((field): [string, string | boolean][] => {
      const value = values[field.name];
      if (typeof value === "boolean") return [[field.name, value]];
      const text = field.kind === "secret" ? (value ?? "") : (value ?? "").trim();
      return text === "" && !field.required ? [] : [[field.name, text]];
    }),
  );
}
