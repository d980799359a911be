import { afterEach, describe, expect, it } from "vitest";
import { EmbedderOptionsInvalidError } from "../errors/embedder-options-invalid-error.ts";
import { EmbedderResponseInvalidError } from "../errors/embedder-response-invalid-error.ts";
import {
  type OpenAIEmbeddingsTestDouble,
  startOpenAIEmbeddingsTestDouble,
} from "./openai-embeddings-test-double.ts";
import { createProviderEmbedder } from "./provider-embedder.ts";

let double: OpenAIEmbeddingsTestDouble | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

describe("createProviderEmbedder against a test double of OpenAI's /v1/embeddings", () => {
  it("sends the texts, the key and the dimensions, and returns one vector per text in order", async () => {
    double = await startOpenAIEmbeddingsTestDouble();
    const embedder = createProviderEmbedder({
      provider: "openai",
      baseURL: double.baseURL,
      apiKey: "sk-test",
      model: "text-embedding-3-small",
      dimensions: 16,
    });
    const vectors = await embedder.embed(["one", "three"]);
    expect(embedder.dimensions).toBe(16);
    expect(embedder.id).toBe("openai:text-embedding-3-small:16");
    expect(vectors.map((vector) => vector.slice(0, 2))).toEqual([
      [3, 0],
      [5, 1],
    ]);
    expect(vectors.every((vector) => vector.length === 16)).toBe(true);
    const [request] = double.requests;
    expect(request?.url).toBe("/v1/embeddings");
    expect(request?.authorization).toBe("Bearer sk-test");
    expect(request?.body).toMatchObject({
      model: "text-embedding-3-small",
      input: ["one", "three"],
      dimensions: 16,
    });
  });

  it("speaks the same format to an OpenAI-compatible server (Ollama, vLLM)", async () => {
    double = await startOpenAIEmbeddingsTestDouble({ defaultDimensions: 12 });
    const embedder = createProviderEmbedder({
      provider: "openai-compatible",
      baseURL: double.baseURL,
      apiKey: "local",
      model: "nomic-embed-text",
      dimensions: 12,
    });
    const vectors = await embedder.embed(["hola"]);
    expect(vectors).toHaveLength(1);
    expect(vectors[0]?.[0]).toBe(4);
    expect(double.requests[0]?.body.model).toBe("nomic-embed-text");
  });

  it("refuses vectors of another size than promised", async () => {
    double = await startOpenAIEmbeddingsTestDouble({ answerDimensions: 3 });
    const embedder = createProviderEmbedder({
      provider: "openai",
      baseURL: double.baseURL,
      apiKey: "sk-test",
      model: "text-embedding-3-small",
    });
    await expect(embedder.embed(["text"])).rejects.toBeInstanceOf(EmbedderResponseInvalidError);
  });

  it("asks for the dimensions of a model it does not know, and a base URL for a compatible server", () => {
    expect(() =>
      createProviderEmbedder({
        provider: "openai-compatible",
        baseURL: "http://x/v1",
        apiKey: "k",
        model: "mystery",
      }),
    ).toThrow(EmbedderOptionsInvalidError);
    expect(() =>
      createProviderEmbedder({ provider: "openai-compatible", apiKey: "k", model: "mystery", dimensions: 8 }),
    ).toThrow(/base URL/);
  });
});
