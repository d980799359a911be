import { describe, expect, it } from "vitest";
import { createProviderModel } from "./create-provider-model.ts";
import { ProviderSettingsInvalidError } from "./provider-settings-invalid-error.ts";
import { providerSettingsSchema } from "./provider-settings-schema.ts";

const model = { id: "llama3.1:8b", size: "small", local: true } as const;

describe("providerSettingsSchema", () => {
  it("accepts an OpenAI-compatible server with a base URL and prices", () => {
    const parsed = providerSettingsSchema.parse({
      kind: "openai-compatible",
      name: " Ollama ",
      baseUrl: "http://localhost:11434/v1",
      models: [
        model,
        { id: "big", size: "large", local: true, inputCostPerMillion: 0, outputCostPerMillion: 0 },
      ],
    });
    expect(parsed.name).toBe("Ollama");
    expect(parsed.models).toHaveLength(2);
  });

  it.each([
    [{ kind: "openai-compatible", name: "x", models: [model] }, "baseUrl"],
    [
      { kind: "openai-compatible", name: "x", baseUrl: "ftp://files.example.com", models: [model] },
      "baseUrl",
    ],
    [{ kind: "openai-compatible", name: "x", baseUrl: "javascript:alert(1)", models: [model] }, "baseUrl"],
    [{ kind: "mistral", name: "x", models: [model] }, "kind"],
    [{ kind: "openai", name: "x", models: [] }, "models"],
    [{ kind: "openai", name: "x", models: [model, model] }, "models.1.id"],
    [{ kind: "openai", name: "x", models: [{ ...model, size: "medium" }] }, "models.0.size"],
    [
      { kind: "openai", name: "x", models: [{ ...model, inputCostPerMillion: -1 }] },
      "models.0.inputCostPerMillion",
    ],
  ])("rejects %j at %s", (input, path) => {
    const parsed = providerSettingsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("createProviderModel", () => {
  it("builds a model of each kind with the id it was given", () => {
    const built = createProviderModel({ kind: "anthropic", name: "a", apiKey: "k" }, "claude-x");
    expect(built.modelId).toBe("claude-x");
    expect(built.provider).toMatch(/anthropic/);
  });

  it("refuses a hosted vendor without an API key rather than using the server's environment", () => {
    process.env.OPENAI_API_KEY = "operator-key";
    try {
      expect(() => createProviderModel({ kind: "openai", name: "o" }, "gpt")).toThrow(
        ProviderSettingsInvalidError,
      );
    } finally {
      delete process.env.OPENAI_API_KEY;
    }
  });

  it("names every problem, model id included", () => {
    const error = (() => {
      try {
        createProviderModel({ kind: "openai-compatible", name: "" }, " ");
      } catch (caught) {
        return caught as ProviderSettingsInvalidError;
      }
    })();
    expect(error?.code).toBe("PENNY_MODEL_PROVIDER_INVALID");
    expect(error?.problems.map((problem) => problem.path).sort()).toEqual(["baseUrl", "modelId", "name"]);
  });
});
