import type { LanguageModelV3Prompt, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { generateText, type JSONSchema7, stepCountIs, streamText, type Tool, tool } from "ai";
import { describe, expect, it } from "vitest";
import { BuiltinCatalogueInvalidError } from "./builtin-catalogue-invalid-error.ts";
import { BUILTIN_MODEL_LABEL, createBuiltinModel } from "./builtin-language-model.ts";
import { evaluationCatalogue, evaluationId } from "./evaluation/evaluation-catalogue.ts";
import { evaluationTools } from "./evaluation/evaluation-tools.ts";

const now = () => new Date("2025-05-14T10:00:00Z");

function setup() {
  return { model: createBuiltinModel({ catalogue: evaluationCatalogue, now }) };
}

/** One of the evaluation tools, with an `execute` so a multi-step run gets a result. */
function executing(name: string, execute: (input: Record<string, unknown>) => Promise<unknown>): Tool {
  const definition = evaluationTools[name] as Tool;
  return tool({
    description: definition.description,
    inputSchema: definition.inputSchema as never,
    execute,
  } as never);
}

/** A tool as the provider interface receives it (JSON Schema, not the AI SDK wrapper). */
function functionTool(name: string) {
  const definition = evaluationTools[name] as Tool;
  const schema = (definition.inputSchema as { jsonSchema: JSONSchema7 }).jsonSchema;
  return { type: "function" as const, name, description: definition.description, inputSchema: schema };
}

/** The KPI tool with a real execute that returns figures shaped like a KPI service's answer. */
function kpiToolReturning(revenue: number, previous: number) {
  return executing("get_company_kpis", async (input) => ({
    summary: `KPIs for ${input.unit}, ${input.period}`,
    data: {
      revenue: { value: revenue, previous },
      cost: { value: 400_000, previous: 500_000 },
      series: [
        { date: "2025-05-01", revenue: revenue / 2, cost: 200_000 },
        { date: "2025-05-13", revenue: revenue / 2, cost: 200_000 },
      ],
    },
    artifacts: [],
  }));
}

function toolResultPrompt(
  toolName: string,
  input: unknown,
  output: LanguageModelV3Prompt[number]["content"][number],
): LanguageModelV3Prompt {
  return [
    { role: "user", content: [{ type: "text", text: "search the documents for the parental leave policy" }] },
    { role: "assistant", content: [{ type: "tool-call", toolCallId: "call-1", toolName, input }] },
    { role: "tool", content: [output as never] },
  ];
}

describe("built-in model", () => {
  it("identifies itself as penny/builtin with its label", () => {
    const { model } = setup();
    expect([model.specificationVersion, model.provider, model.modelId]).toEqual(["v3", "penny", "builtin"]);
    expect(BUILTIN_MODEL_LABEL).toBe("Built-in (offline)");
  });

  it("refuses a malformed catalogue with a stable code", () => {
    expect(() => createBuiltinModel({ catalogue: { businessUnits: "none" } as never })).toThrow(
      BuiltinCatalogueInvalidError,
    );
    let caught: unknown;
    try {
      createBuiltinModel({ catalogue: { businessUnits: [], projects: [{ id: "", name: "x" }] } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: "PENNY_BUILTIN_CATALOGUE_INVALID" });
  });

  it("streams word-sized text deltas and a tool call with valid JSON arguments through streamText", async () => {
    const { model } = setup();
    const result = streamText({
      model,
      tools: evaluationTools,
      prompt: "Revenue for the Atlas project this quarter?",
    });
    const deltas: string[] = [];
    const kinds = new Set<string>();
    for await (const part of result.fullStream) {
      kinds.add(part.type);
      if (part.type === "text-delta") deltas.push(part.text);
    }
    expect(deltas.length).toBeGreaterThan(2);
    for (const delta of deltas) expect(delta.trim().split(/\s+/)).toHaveLength(1);
    expect(kinds).toContain("tool-input-start");
    expect(kinds).toContain("tool-input-delta");
    const calls = await result.toolCalls;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.toolName).toBe("get_company_kpis");
    expect(calls[0]?.input).toEqual({ period: "QTD", unit: "project", id: evaluationId("Atlas") });
    expect(await result.finishReason).toBe("tool-calls");
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(0);
  });

  it("answers with the figure and its change after the tool result", async () => {
    const { model } = setup();
    const result = await generateText({
      model,
      tools: { get_company_kpis: kpiToolReturning(1_250_000, 1_000_000) },
      prompt: "What's our revenue this month?",
      stopWhen: stepCountIs(3),
    });
    expect(result.steps).toHaveLength(2);
    expect(result.text).toContain("Revenue: 1,250,000, up 25.0% vs the previous period (1,000,000)");
    expect(result.text).not.toContain("Costs");
    expect(result.finishReason).toBe("stop");
  });

  it("answers in Spanish when asked in Spanish", async () => {
    const { model } = setup();
    const result = await generateText({
      model,
      tools: { get_company_kpis: kpiToolReturning(900_000, 1_000_000) },
      prompt: "¿Cuáles son los ingresos de Robotics en lo que va del año?",
      stopWhen: stepCountIs(3),
    });
    expect(result.text).toContain("Ingresos: 900.000, baja un 10,0 % frente al periodo anterior");
    expect(result.text).toContain("Robotics");
    expect(result.text).toContain("en lo que va de año");
  });

  it("asks which project when the sentence names an unknown one, in the user's language", async () => {
    const { model } = setup();
    const english = await generateText({
      model,
      tools: evaluationTools,
      prompt: "revenue for the Zephyr project",
    });
    expect(english.toolCalls).toHaveLength(0);
    expect(english.finishReason).toBe("stop");
    expect(english.text).toBe(
      'I couldn\'t find a project called "Zephyr". Known projects: Atlas, Borealis, Cobalt, Delta Retrofit. Which one did you mean?',
    );
    const spanish = await generateText({
      model,
      tools: evaluationTools,
      prompt: "ingresos del proyecto Zephyr",
    });
    expect(spanish.text).toContain('No encontré ningún proyecto llamado "Zephyr"');
  });

  it("stops the stream when the abort signal fires", async () => {
    const { model } = setup();
    const controller = new AbortController();
    const { stream } = await model.doStream({
      prompt: [{ role: "user", content: [{ type: "text", text: "what can you do?" }] }],
      abortSignal: controller.signal,
    });
    const reader = stream.getReader();
    const first = await reader.read();
    expect((first.value as LanguageModelV3StreamPart).type).toBe("stream-start");
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: "AbortError" });
  });

  it("ends streamText early on abort, before any finish", async () => {
    const { model } = setup();
    const controller = new AbortController();
    const result = streamText({ model, prompt: "hello", abortSignal: controller.signal });
    const seen: string[] = [];
    for await (const part of result.fullStream) {
      seen.push(part.type);
      if (part.type === "text-delta") controller.abort();
    }
    expect(seen.filter((type) => type === "text-delta")).toHaveLength(1);
    expect(seen).not.toContain("finish");
  });

  it("charts a KPI time series after fetching it, then answers with the figures", async () => {
    const { model } = setup();
    const chartCalls: unknown[] = [];
    const renderChart = executing("render_chart", async (input) => {
      chartCalls.push(input);
      return {
        summary: "Chart ready",
        data: {},
        artifacts: [{ id: "a1", version: 1, kind: "chart", title: "Revenue", mime: "application/json" }],
      };
    });
    const result = await generateText({
      model,
      tools: { get_company_kpis: kpiToolReturning(1_000_000, 800_000), render_chart: renderChart },
      prompt: "chart revenue this month as a line",
      stopWhen: stepCountIs(5),
    });
    expect(result.steps.map((step) => step.toolCalls.map((call) => call.toolName))).toEqual([
      ["get_company_kpis"],
      ["render_chart"],
      [],
    ]);
    expect(chartCalls[0]).toMatchObject({ mark: "line", x: "date", y: "revenue" });
    expect(result.text).toContain('I created: chart "Revenue"');
    expect(result.text).toContain("Revenue: 1,000,000, up 25.0%");
  });

  it("cites relevant passages and says so when none is relevant", async () => {
    const { model } = setup();
    const passages = {
      type: "json",
      value: {
        summary: "2 passages",
        data: {
          passages: [
            { text: "Expenses are reimbursed monthly.", source: "finance.pdf", page: 2 },
            {
              text: "Parental leave lasts sixteen weeks. It can be split in two periods.",
              source: "handbook.pdf",
              page: 7,
            },
          ],
        },
      },
    };
    const cited = await model.doGenerate({
      prompt: toolResultPrompt("search_documents", { query: "parental leave policy" }, {
        type: "tool-result",
        toolCallId: "call-1",
        toolName: "search_documents",
        output: passages,
      } as never),
    });
    const citedText = cited.content.find((part) => part.type === "text");
    expect(citedText && "text" in citedText ? citedText.text : "").toContain(
      "Parental leave lasts sixteen weeks [2].",
    );
    expect(citedText && "text" in citedText ? citedText.text : "").toContain("[2] handbook.pdf, p. 7");
    const unrelated = await model.doGenerate({
      prompt: toolResultPrompt("search_documents", { query: "stock options vesting" }, {
        type: "tool-result",
        toolCallId: "call-1",
        toolName: "search_documents",
        output: passages,
      } as never),
    });
    const unrelatedText = unrelated.content.find((part) => part.type === "text");
    expect(unrelatedText && "text" in unrelatedText ? unrelatedText.text : "").toContain(
      'I found nothing relevant about "stock options vesting"',
    );
  });

  it("says plainly when a tool failed or was not approved, and does not call it again", async () => {
    const { model } = setup();
    const failed = await model.doGenerate({
      tools: [functionTool("search_documents")],
      prompt: toolResultPrompt(
        "search_documents",
        { query: "parental leave policy" },
        {
          type: "tool-result",
          toolCallId: "call-1",
          toolName: "search_documents",
          output: { type: "error-text", value: "index unavailable" },
        },
      ),
    });
    expect(failed.content.filter((part) => part.type === "tool-call")).toHaveLength(0);
    expect(failed.content[0]).toMatchObject({
      type: "text",
      text: expect.stringContaining("failed: index unavailable"),
    });
    const denied = await model.doGenerate({
      prompt: toolResultPrompt(
        "create_jira_ticket",
        { projectKey: "OPS", title: "x" },
        {
          type: "tool-result",
          toolCallId: "call-1",
          toolName: "create_jira_ticket",
          output: { type: "execution-denied", reason: "rejected by Ben" },
        },
      ),
    });
    expect(denied.content[0]).toMatchObject({
      type: "text",
      text: expect.stringContaining("was not approved: rejected by Ben. Nothing was done"),
    });
  });

  it("reads any prompt shape: system text, files, images, reasoning and no tools", async () => {
    const { model } = setup();
    const result = await model.doGenerate({
      prompt: [
        { role: "system", content: "Always be polite. Tenant: Acme." },
        {
          role: "user",
          content: [
            { type: "file", mediaType: "image/png", data: new Uint8Array([1, 2, 3]) },
            { type: "text", text: "hi there" },
          ],
        },
        {
          role: "assistant",
          content: [
            { type: "reasoning", text: "thinking" },
            { type: "text", text: "Hello!" },
          ],
        },
        {
          role: "user",
          content: [{ type: "file", mediaType: "application/pdf", data: "aGVsbG8=", filename: "a.pdf" }],
        },
      ],
    });
    expect(result.finishReason.unified).toBe("stop");
    expect(result.content[0]).toMatchObject({ type: "text" });
    const empty = await model.doGenerate({ prompt: [] });
    expect(empty.content[0]).toMatchObject({ type: "text" });
  });

  it("obeys toolChoice none and follows up on an earlier request with the same tool", async () => {
    const { model } = setup();
    const none = await generateText({
      model,
      tools: evaluationTools,
      toolChoice: "none",
      prompt: "revenue this quarter",
    });
    expect(none.toolCalls).toHaveLength(0);
    const followUp = await generateText({
      model,
      tools: evaluationTools,
      messages: [
        { role: "user", content: "revenue for Atlas this month" },
        {
          role: "assistant",
          content: [
            {
              type: "tool-call",
              toolCallId: "c1",
              toolName: "get_company_kpis",
              input: { period: "MTD", unit: "project", id: evaluationId("Atlas") },
            },
          ],
        },
        {
          role: "tool",
          content: [
            {
              type: "tool-result",
              toolCallId: "c1",
              toolName: "get_company_kpis",
              output: {
                type: "json",
                value: { summary: "ok", data: { revenue: { value: 1, previous: 1 } } },
              },
            },
          ],
        },
        { role: "assistant", content: "Revenue: 1." },
        { role: "user", content: "and for Borealis this quarter?" },
      ],
    });
    expect(followUp.toolCalls[0]?.input).toEqual({
      period: "QTD",
      unit: "project",
      id: evaluationId("Borealis"),
    });
  });
});
