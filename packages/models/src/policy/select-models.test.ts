import { describe, expect, it } from "vitest";
import { ModelPolicyInvalidError } from "./model-policy-invalid-error.ts";
import { type SelectableModel, selectModels } from "./select-models.ts";

const models: SelectableModel[] = [
  { label: "openai/gpt-small", provider: "openai", size: "small", local: false },
  { label: "openai/gpt-large", provider: "openai", size: "large", local: false },
  { label: "ollama/llama-small", provider: "ollama", size: "small", local: true },
  { label: "ollama/llama-large", provider: "ollama", size: "large", local: true },
];

const simple = "Hello there";
const complex = "Compare our two pricing plans and explain why one sells better";
const labels = (selection: { candidates: { label: string }[] }) =>
  selection.candidates.map((entry) => entry.label);

describe("selectModels", () => {
  it("puts the requested model first, then the default, then the rest, and the built-in model last", () => {
    const selection = selectModels({
      models,
      policy: { defaultModel: "ollama/llama-small", externalAllowed: true },
      sensitive: false,
      requestedModel: "openai/gpt-large",
      text: simple,
    });
    expect(labels(selection)).toEqual([
      "openai/gpt-large",
      "ollama/llama-small",
      "openai/gpt-small",
      "ollama/llama-large",
      "builtin",
    ]);
    expect(selection.candidates[0]?.reason).toMatch(/requested/);
    expect(selection.candidates[1]?.reason).toMatch(/default/);
    expect(selection.candidates.at(-1)).toMatchObject({
      kind: "builtin",
      reason: expect.stringMatching(/fallback/),
    });
  });

  it("drops every external model from a sensitive conversation, the requested one included, saying why", () => {
    const selection = selectModels({
      models,
      policy: { defaultModel: "openai/gpt-small", externalAllowed: true },
      sensitive: true,
      requestedModel: "openai/gpt-large",
      text: simple,
    });
    expect(labels(selection)).toEqual(["ollama/llama-small", "ollama/llama-large", "builtin"]);
    expect(selection.excluded).toEqual([
      { label: "openai/gpt-small", reason: expect.stringMatching(/^default model excluded: .*sensitive/) },
      { label: "openai/gpt-large", reason: expect.stringMatching(/^requested model excluded: .*sensitive/) },
    ]);
  });

  it("drops external models when the tenant does not allow them", () => {
    const selection = selectModels({
      models,
      policy: { externalAllowed: false },
      sensitive: false,
      text: simple,
    });
    expect(labels(selection)).toEqual(["ollama/llama-small", "ollama/llama-large", "builtin"]);
    expect(selection.excluded.every((entry) => /does not allow external/.test(entry.reason))).toBe(true);
  });

  it("prefers small models for a simple request and large ones for a complex request", () => {
    const base = { models, policy: { externalAllowed: true }, sensitive: false };
    expect(labels(selectModels({ ...base, text: simple }))).toEqual([
      "openai/gpt-small",
      "ollama/llama-small",
      "openai/gpt-large",
      "ollama/llama-large",
      "builtin",
    ]);
    const complexSelection = selectModels({ ...base, text: complex });
    expect(complexSelection.complexity.size).toBe("large");
    expect(labels(complexSelection)).toEqual([
      "openai/gpt-large",
      "ollama/llama-large",
      "openai/gpt-small",
      "ollama/llama-small",
      "builtin",
    ]);
    expect(complexSelection.candidates[0]?.reason).toMatch(/complex \(reasoning/);
  });

  it("escalates a complex request past a small default, but keeps a simple one on the default", () => {
    const base = {
      models,
      policy: { defaultModel: "ollama/llama-small", externalAllowed: false },
      sensitive: false,
    };
    expect(labels(selectModels({ ...base, text: complex }))).toEqual([
      "ollama/llama-large",
      "ollama/llama-small",
      "builtin",
    ]);
    expect(labels(selectModels({ ...base, text: simple }))).toEqual([
      "ollama/llama-small",
      "ollama/llama-large",
      "builtin",
    ]);
  });

  it("records a requested model that is not configured and carries on", () => {
    const selection = selectModels({
      models,
      policy: { externalAllowed: false },
      sensitive: false,
      requestedModel: "mystery/model",
      text: simple,
    });
    expect(labels(selection)[0]).toBe("ollama/llama-small");
    expect(selection.excluded).toContainEqual({
      label: "mystery/model",
      reason: "requested model not configured for this tenant",
    });
  });

  it("still offers the built-in model when nothing else is permitted", () => {
    const selection = selectModels({
      models: [],
      policy: { externalAllowed: false },
      sensitive: true,
      text: simple,
    });
    expect(labels(selection)).toEqual(["builtin"]);
  });

  it("returns the caller's own model objects", () => {
    const withClient = models.map((model) => ({ ...model, client: Symbol(model.label) }));
    const selection = selectModels({
      models: withClient,
      policy: { externalAllowed: true },
      sensitive: false,
      text: simple,
    });
    const first = selection.candidates[0];
    expect(first?.kind === "configured" && first.model).toBe(withClient[0]);
  });

  it("rejects invalid input and duplicate labels", () => {
    expect(() =>
      selectModels({
        models: [models[0] as SelectableModel, models[0] as SelectableModel],
        policy: { externalAllowed: true },
        sensitive: false,
        text: "",
      }),
    ).toThrow(ModelPolicyInvalidError);
    expect(() =>
      selectModels({
        models,
        policy: { externalAllowed: "yes" as unknown as boolean },
        sensitive: false,
        text: "",
      }),
    ).toThrow(ModelPolicyInvalidError);
  });
});
