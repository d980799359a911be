import type { LanguageModelV3ToolResultOutput } from "@ai-sdk/provider";
import type { PastToolCall } from "./prompt-reader.ts";
import { asSchema } from "./schema-view.ts";

/** An artifact a tool result lists (a chart, a table, a document). */
export interface ResultArtifact {
  kind: string;
  title: string;
}

/** One tool output, normalized: what happened, the tool's summary and data, and any artifacts. */
export interface ReadToolResult {
  toolName: string;
  input: unknown;
  status: "ok" | "error" | "denied";
  summary?: string;
  data?: unknown;
  message?: string;
  artifacts: ResultArtifact[];
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorMessage(value: unknown): string {
  if (typeof value === "string") return value;
  const node = asSchema(value);
  const inner = asSchema(node?.error) ?? node;
  const message = inner?.message ?? inner?.detail ?? inner?.title ?? node?.error;
  return typeof message === "string" ? message : JSON.stringify(value);
}

function readArtifacts(value: unknown): ResultArtifact[] {
  const list = asSchema(value)?.artifacts;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const node = asSchema(entry);
    if (!node) return [];
    return [
      {
        kind: typeof node.kind === "string" ? node.kind : "artifact",
        title: typeof node.title === "string" ? node.title : "",
      },
    ];
  });
}

function fromValue(call: PastToolCall, value: unknown): ReadToolResult {
  const base = { toolName: call.toolName, input: call.input };
  const node = asSchema(value);
  if (node && (node.error !== undefined || node.ok === false || node.success === false)) {
    return { ...base, status: "error", message: errorMessage(node), artifacts: [] };
  }
  if (typeof value === "string") return { ...base, status: "ok", summary: value, artifacts: [] };
  const summary = typeof node?.summary === "string" ? node.summary : undefined;
  const data = node && "data" in node ? node.data : value;
  return { ...base, status: "ok", summary, data, artifacts: readArtifacts(value) };
}

/** Normalizes a tool call's output, whatever its form (json, text, error, denial, content parts). */
export function readToolResult(call: PastToolCall): ReadToolResult {
  const output: LanguageModelV3ToolResultOutput | undefined = call.output;
  const base = { toolName: call.toolName, input: call.input, artifacts: [] };
  if (!output) return { ...base, status: "error", message: "no result was returned" };
  switch (output.type) {
    case "json":
      return fromValue(call, output.value);
    case "text":
      return fromValue(call, parseMaybeJson(output.value));
    case "error-text":
      // How the AI SDK words a call a person denied when it converts UI messages back into a prompt.
      if (/^tool call execution denied\.?$/i.test(output.value.trim())) return { ...base, status: "denied" };
      return { ...base, status: "error", message: output.value };
    case "error-json":
      return { ...base, status: "error", message: errorMessage(output.value) };
    case "execution-denied":
      return { ...base, status: "denied", message: output.reason };
    case "content": {
      const text = output.value.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
      return fromValue(call, parseMaybeJson(text));
    }
    default:
      return { ...base, status: "error", message: "the result could not be read" };
  }
}
