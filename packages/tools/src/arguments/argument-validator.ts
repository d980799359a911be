import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ToolArgumentsError } from "../errors/tool-arguments-error.ts";
import type { JsonSchema } from "../tool.ts";
import { describeSchemaErrors } from "./describe-schema-errors.ts";

/** Checks one call's arguments and returns a validated copy with the schema's defaults filled in. */
export type ArgumentValidator = (input: unknown) => Record<string, unknown>;

/**
 * The Ajv instance tool schemas are compiled with: JSON Schema 2020-12 with formats, every problem reported,
 * defaults applied, and no type coercion (a model sending "5" for a number is told, not silently corrected).
 */
export function createSchemaCompiler(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    useDefaults: true,
    coerceTypes: false,
    strict: true,
    strictRequired: false,
  });
  addFormats(ajv);
  return ajv;
}

/** Compiles `schema` once; the validator throws ToolArgumentsError naming each path and rule. */
export function compileArgumentValidator(
  ajv: Ajv2020,
  toolName: string,
  schema: JsonSchema,
): ArgumentValidator {
  const validate = ajv.compile(schema);
  return (input) => {
    // Ajv writes defaults into the value it checks; a copy keeps the caller's object as it was sent.
    const copy = structuredClone(input === undefined ? {} : input);
    if (validate(copy)) return copy as Record<string, unknown>;
    throw new ToolArgumentsError(toolName, describeSchemaErrors(validate.errors ?? []));
  };
}
