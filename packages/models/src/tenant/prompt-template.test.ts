import { describe, expect, it } from "vitest";
import {
  PROMPT_RENDER_MAX_LENGTH,
  placeholdersOf,
  promptTemplateInputSchema,
  promptTemplatePatchSchema,
  renderPromptTemplate,
  resolveVariables,
} from "./prompt-template.ts";

const body = "Dear {{customer}}, your order {{ order_id }} ships on {{date}}. Thanks, {{customer}}!";

describe("prompt templates", () => {
  it("finds each placeholder once, in order, with or without spaces inside the braces", () => {
    expect(placeholdersOf(body)).toEqual(["customer", "order_id", "date"]);
    expect(placeholdersOf("{{ 1st }} {customer} {{customer-name}} {{}}")).toEqual([]);
  });

  it("derives the variables from the body, keeping descriptions it already had", () => {
    expect(resolveVariables(body, undefined)).toEqual([
      { name: "customer" },
      { name: "order_id" },
      { name: "date" },
    ]);
    expect(resolveVariables(body, undefined, [{ name: "date", description: "ISO date" }])).toContainEqual({
      name: "date",
      description: "ISO date",
    });
  });

  it("names undeclared, unused and repeated variables", () => {
    expect(() => resolveVariables(body, [{ name: "customer" }, { name: "date" }, { name: "extra" }])).toThrow(
      "The body uses undeclared variables: {{order_id}}. Declared variables the body never uses: {{extra}}.",
    );
    expect(() =>
      resolveVariables(body, [
        { name: "customer" },
        { name: "customer" },
        { name: "order_id" },
        { name: "date" },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: "PENNY_VALIDATION_FAILED",
        message: expect.stringMatching(/more than once: \{\{customer\}\}/),
      }),
    );
  });

  it("renders every placeholder in one pass and refuses missing or unknown values by name", () => {
    const template = { body, variables: resolveVariables(body, undefined) };
    expect(renderPromptTemplate(template, { customer: "Ana", order_id: "A-17", date: "{{customer}}" })).toBe(
      "Dear Ana, your order A-17 ships on {{customer}}. Thanks, Ana!",
    );
    expect(() => renderPromptTemplate(template, { customer: "Ana", colour: "red" })).toThrow(
      "Missing values for: {{order_id}}, {{date}}. This template has no variables named: {{colour}}.",
    );
  });

  it("bounds what repeated placeholders can produce", () => {
    const repeated = "{{x}}".repeat(20);
    const template = { body: repeated, variables: [{ name: "x" }] };
    expect(() => renderPromptTemplate(template, { x: "y".repeat(PROMPT_RENDER_MAX_LENGTH / 10) })).toThrow(
      /at most 100000 are allowed/,
    );
  });

  it("validates names, lengths and text PostgreSQL cannot store, and leaves unpatched fields out", () => {
    const problems = (value: unknown) =>
      promptTemplateInputSchema
        .safeParse(value)
        .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(problems({ name: " ", body: "x" })).toEqual(["name: must not be empty"]);
    expect(problems({ name: "n", body: "a\0b" })).toEqual(["body: must not contain NUL characters"]);
    expect(problems({ name: "n", body: "x".repeat(20_001) })).toEqual([
      "body: must be at most 20000 characters",
    ]);
    expect(problems({ name: "n", body: "x", variables: [{ name: "9lives" }] })?.[0]).toMatch(
      /^variables\.0\.name/,
    );
    expect(promptTemplateInputSchema.parse({ name: " Welcome ", body: "Hi" })).toEqual({
      name: "Welcome",
      description: "",
      body: "Hi",
    });
    expect(promptTemplatePatchSchema.parse({ body: "Hi" })).toEqual({ body: "Hi" });
  });
});
