import type { schema } from "@penny/db";
import { z } from "zod";
import { PromptTemplateInvalidError } from "./prompt-template-errors.ts";
import { promptTextSchema } from "./prompt-text.ts";

export const PROMPT_TEMPLATE_BODY_MAX_LENGTH = 20_000;
export const PROMPT_TEMPLATE_VARIABLES_MAX = 50;
export const PROMPT_VARIABLE_VALUE_MAX_LENGTH = 10_000;
/** Longest text a render may produce: a bound on what repeated placeholders can multiply. */
export const PROMPT_RENDER_MAX_LENGTH = 100_000;

const VARIABLE_NAME = "[A-Za-z_][A-Za-z0-9_]{0,63}";
/** `{{name}}` or `{{ name }}`; anything else between braces stays as written. */
const placeholder = new RegExp(String.raw`\{\{\s*(${VARIABLE_NAME})\s*\}\}`, "g");

export const promptVariableNameSchema = z
  .string()
  .regex(
    new RegExp(`^${VARIABLE_NAME}$`),
    "must be 1 to 64 letters, digits or underscores, not starting with a digit",
  );

export const promptTemplateVariableSchema = z.object({
  name: promptVariableNameSchema,
  description: promptTextSchema(300).optional(),
}) satisfies z.ZodType<schema.PromptTemplateVariable>;

type PromptTemplateVariable = schema.PromptTemplateVariable;

const templateFields = {
  name: promptTextSchema(100).trim().min(1, "must not be empty"),
  description: promptTextSchema(500),
  body: promptTextSchema(PROMPT_TEMPLATE_BODY_MAX_LENGTH).min(1, "must not be empty"),
  variables: z.array(promptTemplateVariableSchema).max(PROMPT_TEMPLATE_VARIABLES_MAX),
};

/** A template as an admin writes it; without `variables`, they are the placeholders the body uses. */
export const promptTemplateInputSchema = z.object({
  ...templateFields,
  description: templateFields.description.default(""),
  variables: templateFields.variables.optional(),
});
export type PromptTemplateInput = z.output<typeof promptTemplateInputSchema>;

/** The fields a change replaces; the others keep their values. */
export const promptTemplatePatchSchema = z.object(templateFields).partial();
export type PromptTemplatePatch = z.output<typeof promptTemplatePatchSchema>;

/** The values of one render, by variable name. */
export const promptVariableValuesSchema = z
  .record(promptVariableNameSchema, promptTextSchema(PROMPT_VARIABLE_VALUE_MAX_LENGTH))
  .refine((values) => Object.keys(values).length <= PROMPT_TEMPLATE_VARIABLES_MAX, {
    message: `must hold at most ${PROMPT_TEMPLATE_VARIABLES_MAX} values`,
  });

/** The distinct variable names a body uses, in order of first use. */
export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(placeholder)].map((match) => match[1] as string))];
}

const listed = (names: string[]) => names.map((name) => `{{${name}}}`).join(", ");

/**
 * The variables a template declares, checked against its body: each placeholder declared once, each declared
 * variable used. Without a declaration they are the body's placeholders; `known` keeps descriptions given before.
 */
export function resolveVariables(
  body: string,
  declared: PromptTemplateVariable[] | undefined,
  known: PromptTemplateVariable[] = [],
): PromptTemplateVariable[] {
  const used = placeholdersOf(body);
  if (used.length > PROMPT_TEMPLATE_VARIABLES_MAX) {
    throw new PromptTemplateInvalidError([
      `The body uses ${used.length} variables; a template may have at most ${PROMPT_TEMPLATE_VARIABLES_MAX}.`,
    ]);
  }
  if (declared === undefined) {
    return used.map((name) => known.find((variable) => variable.name === name) ?? { name });
  }
  const names = declared.map((variable) => variable.name);
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  const undeclared = used.filter((name) => !names.includes(name));
  const unused = names.filter((name) => !used.includes(name));
  const problems = [
    ...(twice.length ? [`Variables declared more than once: ${listed([...new Set(twice)])}.`] : []),
    ...(undeclared.length ? [`The body uses undeclared variables: ${listed(undeclared)}.`] : []),
    ...(unused.length ? [`Declared variables the body never uses: ${listed(unused)}.`] : []),
  ];
  if (problems.length > 0) throw new PromptTemplateInvalidError(problems);
  return declared;
}

/**
 * The template's body with every placeholder replaced by its value, in one pass (a value that contains `{{…}}`
 * stays as written). Every declared variable needs a value and no other value is accepted.
 */
export function renderPromptTemplate(
  template: { body: string; variables: PromptTemplateVariable[] },
  values: Record<string, string>,
): string {
  const names = template.variables.map((variable) => variable.name);
  const missing = names.filter((name) => !Object.hasOwn(values, name));
  const unknown = Object.keys(values).filter((name) => !names.includes(name));
  const problems = [
    ...(missing.length ? [`Missing values for: ${listed(missing)}.`] : []),
    ...(unknown.length ? [`This template has no variables named: ${listed(unknown)}.`] : []),
  ];
  if (problems.length > 0) throw new PromptTemplateInvalidError(problems);
  const text = template.body.replace(placeholder, (whole, name: string) => values[name] ?? whole);
  if (text.length > PROMPT_RENDER_MAX_LENGTH) {
    throw new PromptTemplateInvalidError([
      `The rendered text would be ${text.length} characters; at most ${PROMPT_RENDER_MAX_LENGTH} are allowed.`,
    ]);
  }
  return text;
}
