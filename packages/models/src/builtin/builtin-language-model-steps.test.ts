import { generateText, stepCountIs, type Tool, tool } from "ai";
import { describe, expect, it } from "vitest";
import { createBuiltinModel } from "./builtin-language-model.ts";
import { evaluationCatalogue } from "./evaluation/evaluation-catalogue.ts";
import { evaluationTools } from "./evaluation/evaluation-tools.ts";
import { splitRequestSteps } from "./request-steps.ts";

const model = createBuiltinModel({
  catalogue: evaluationCatalogue,
  now: () => new Date("2026-11-20T12:00:00Z"),
});

function executing(name: string, execute: (input: Record<string, unknown>) => Promise<unknown>): Tool {
  const definition = evaluationTools[name] as Tool;
  return tool({
    description: definition.description,
    inputSchema: definition.inputSchema as never,
    execute,
  } as never);
}

/** Every offered tool, with Jira and Slack answering like the real integrations' tools do. */
function chainTools(calls: { toolName: string; input: Record<string, unknown> }[]) {
  const jira = executing("create_jira_ticket", async (input) => {
    calls.push({ toolName: "create_jira_ticket", input });
    return {
      summary: "Created Jira issue OPS-100, assigned to Ana García.",
      data: { key: "OPS-100", url: "https://acme.atlassian.net/browse/OPS-100", labels: input.labels },
    };
  });
  const slack = executing("slack_notify", async (input) => {
    calls.push({ toolName: "slack_notify", input });
    return { summary: `Posted to Slack ${input.channel}.`, data: { channel: "C0OPS00001", ts: "1.1" } };
  });
  return { ...evaluationTools, create_jira_ticket: jira, slack_notify: slack };
}

describe("built-in model: requests of several steps", () => {
  it("splits at 'then' / 'y luego' but never inside quotes or at 'después de'", () => {
    expect(
      splitRequestSteps("Create a ticket in OPS titled 'Printer on fire', then tell #ops on Slack"),
    ).toEqual(["Create a ticket in OPS titled 'Printer on fire'", "tell #ops on Slack"]);
    expect(splitRequestSteps("crea un ticket en OPS y luego avisa en #ops")).toEqual([
      "crea un ticket en OPS",
      "avisa en #ops",
    ]);
    expect(splitRequestSteps("Create a ticket titled 'and then there were none'")).toHaveLength(1);
    expect(splitRequestSteps("revenue después de la reunión")).toEqual(["revenue después de la reunión"]);
    expect(splitRequestSteps("what was revenue then?")).toEqual(["what was revenue then?"]);
  });

  it.each([
    "Create a Jira ticket in OPS titled 'Printer on fire' assigned to Ana with labels hardware and urgent, then tell #ops on Slack",
    "Crea un ticket de Jira en OPS titulado 'Printer on fire' asignado a Ana con etiquetas hardware y urgent, y luego avisa en #ops por Slack",
  ])("creates the ticket, then posts its key and link to Slack, then answers: %s", async (prompt) => {
    const calls: { toolName: string; input: Record<string, unknown> }[] = [];
    const result = await generateText({ model, tools: chainTools(calls), prompt, stopWhen: stepCountIs(6) });
    expect(calls.map((call) => call.toolName)).toEqual(["create_jira_ticket", "slack_notify"]);
    expect(calls[0]?.input).toEqual({
      projectKey: "OPS",
      title: "Printer on fire",
      assignee: "ana@acme.test",
      labels: ["hardware", "urgent"],
    });
    expect(calls[1]?.input).toEqual({
      channel: "#ops",
      text: expect.stringContaining("OPS-100"),
    });
    expect(calls[1]?.input.text).toContain("https://acme.atlassian.net/browse/OPS-100");
    expect(calls[1]?.input.text).toContain('"Printer on fire"');
    expect(result.text).toContain("OPS-100");
    expect(result.text).toContain("#ops");
  });

  it("asks which project when the request names none, and makes no call", async () => {
    const calls: { toolName: string; input: Record<string, unknown> }[] = [];
    const result = await generateText({
      model,
      tools: chainTools(calls),
      prompt: "Create a Jira ticket titled 'Printer on fire', then tell #ops on Slack",
      stopWhen: stepCountIs(6),
    });
    expect(calls).toEqual([]);
    expect(result.text).toMatch(/Which Jira project/);
  });

  it("does not go on to Slack when the ticket was not created (denied or failed)", async () => {
    const calls: string[] = [];
    const failing = executing("create_jira_ticket", async () => {
      calls.push("create_jira_ticket");
      throw new Error("Jira refused the credentials (401).");
    });
    const slack = executing("slack_notify", async () => {
      calls.push("slack_notify");
      return { summary: "Posted", data: {} };
    });
    const result = await generateText({
      model,
      tools: { ...evaluationTools, create_jira_ticket: failing, slack_notify: slack },
      prompt: "Create a Jira ticket in OPS titled 'Printer on fire', then tell #ops on Slack",
      stopWhen: stepCountIs(6),
    });
    expect(calls).toEqual(["create_jira_ticket"]);
    expect(result.text).toMatch(/failed/);
  });

  it("reads the AI SDK's 'execution denied' as a denial: says it was not approved and stops", async () => {
    const result = await model.doGenerate({
      prompt: [
        {
          role: "user",
          content: [
            { type: "text", text: "Create a Jira ticket in OPS titled 'X', then tell #ops on Slack" },
          ],
        },
        {
          role: "assistant",
          content: [{ type: "tool-call", toolCallId: "c1", toolName: "create_jira_ticket", input: {} }],
        },
        {
          role: "tool",
          content: [
            {
              type: "tool-result",
              toolCallId: "c1",
              toolName: "create_jira_ticket",
              output: { type: "error-text", value: "Tool call execution denied." },
            },
          ],
        },
      ],
      tools: Object.keys(chainTools([])).map((name) => ({
        type: "function" as const,
        name,
        inputSchema: {},
      })),
    });
    expect(result.content.filter((part) => part.type === "tool-call")).toEqual([]);
    const text = result.content.find((part) => part.type === "text");
    expect(text && "text" in text ? text.text : "").toMatch(/was not approved\. Nothing was done/);
  });
});
