import { generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { createBuiltinModel } from "./builtin-language-model.ts";
import { evaluationCatalogue } from "./evaluation/evaluation-catalogue.ts";
import { evaluationTools } from "./evaluation/evaluation-tools.ts";

const model = () =>
  createBuiltinModel({ catalogue: evaluationCatalogue, now: () => new Date("2026-11-20T12:00:00Z") });

describe("the built-in model behind the AI SDK interface", () => {
  it("streams a tool call with valid JSON arguments", async () => {
    const result = streamText({
      model: model(),
      prompt: "What's our revenue this quarter?",
      tools: evaluationTools,
    });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);
    expect(parts).toContain("tool-input-start");
    expect(parts).toContain("tool-call");
    const calls = await result.toolCalls;
    expect(calls[0]?.toolName).toBe("get_company_kpis");
    expect(calls[0]?.input).toMatchObject({ period: "QTD", unit: "company" });
    expect(await result.finishReason).toBe("tool-calls");
  });

  it("answers from a tool result in the user's language, word by word, stating the figure", async () => {
    const toolCallId = "call_1";
    const messages = [
      { role: "user" as const, content: "¿Cuáles son los ingresos de este trimestre?" },
      {
        role: "assistant" as const,
        content: [
          {
            type: "tool-call" as const,
            toolCallId,
            toolName: "get_company_kpis",
            input: { period: "QTD", unit: "company" },
          },
        ],
      },
      {
        role: "tool" as const,
        content: [
          {
            type: "tool-result" as const,
            toolCallId,
            toolName: "get_company_kpis",
            output: {
              type: "json" as const,
              value: {
                summary: "Revenue QTD: 12,345,678",
                data: {
                  kpis: {
                    revenue: {
                      value: 12_345_678,
                      previous: 11_000_000,
                      delta: 1_345_678,
                      deltaPercent: 12.2,
                    },
                  },
                },
              },
            },
          },
        ],
      },
    ];
    const result = streamText({ model: model(), messages, tools: evaluationTools });
    let deltas = 0;
    for await (const part of result.fullStream) if (part.type === "text-delta") deltas += 1;
    const text = await result.text;
    expect(deltas).toBeGreaterThan(3);
    expect(text).toMatch(/ingresos/i);
    expect(text).toMatch(/12[.,\s]?3/);
    expect((await result.toolCalls).length).toBe(0);
  });

  it("asks instead of guessing when a project does not exist", async () => {
    const result = await generateText({
      model: model(),
      prompt: "revenue for the Zephyr project this month",
      tools: evaluationTools,
    });
    expect(result.toolCalls).toEqual([]);
    expect(result.text).toMatch(/Zephyr/);
    expect(result.text).toMatch(/Atlas/);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = streamText({ model: model(), prompt: "hello", abortSignal: controller.signal });
    await expect(result.text).rejects.toThrow();
  });
});
