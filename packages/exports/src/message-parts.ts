/** A message part as an export shows it; anything it does not know stays visible as `other`. */
export type ExportPart =
  | { type: "text"; text: string }
  | {
      type: "tool";
      toolName: string;
      state: string;
      input: unknown;
      output: unknown;
      errorText: string | null;
    }
  | { type: "artifact"; artifactId: string; version: number; kind: string; title: string }
  | { type: "citation"; label: string; source: string | null; quote: string | null }
  | { type: "other"; partType: string };

type Loose = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === "string" && value.length > 0 ? value : null;

/** Parts that carry nothing a reader needs (stream bookkeeping, the model's hidden reasoning). */
const SILENT = new Set(["step-start", "reasoning", "source-url", "source-document", "file"]);

/**
 * Reads stored AI SDK UI message parts into the few shapes exports know. Tolerant: parts are stored JSON written
 * by several versions of the chat, and a citation part's exact shape is still settling.
 */
export function readParts(parts: unknown[]): ExportPart[] {
  const read: ExportPart[] = [];
  for (const raw of parts) {
    if (typeof raw !== "object" || raw === null) continue;
    const part = raw as Loose;
    const type = typeof part.type === "string" ? part.type : "";
    if (type === "text") {
      const value = text(part.text);
      if (value) read.push({ type: "text", text: value });
    } else if (type === "dynamic-tool" || type.startsWith("tool-")) {
      read.push({
        type: "tool",
        toolName: text(part.toolName) ?? type.slice("tool-".length),
        state: text(part.state) ?? "unknown",
        input: part.input ?? null,
        output: part.output ?? null,
        errorText: text(part.errorText),
      });
    } else if (type === "data-artifact") {
      const data = (part.data ?? {}) as Loose;
      const artifactId = text(data.id);
      if (artifactId) {
        read.push({
          type: "artifact",
          artifactId,
          version: typeof data.version === "number" ? data.version : 1,
          kind: text(data.kind) ?? "artifact",
          title: text(data.title) ?? "Untitled artifact",
        });
      }
    } else if (type.includes("citation")) {
      read.push(readCitation(part));
    } else if (!SILENT.has(type)) {
      read.push({ type: "other", partType: type || "unknown" });
    }
  }
  return read;
}

function readCitation(part: Loose): ExportPart {
  const data = { ...part, ...((part.data ?? {}) as Loose) };
  const label =
    text(data.title) ?? text(data.documentTitle) ?? text(data.name) ?? text(data.documentId) ?? "Source";
  const page = typeof data.page === "number" ? ` (p. ${data.page})` : "";
  return {
    type: "citation",
    label: `${label}${page}`,
    source: text(data.url) ?? text(data.source) ?? text(data.documentId),
    quote: text(data.quote) ?? text(data.snippet) ?? text(data.text),
  };
}

/** A one-line summary of a tool call: its name, how it ended, and a short look at its input. */
export function summarizeTool(part: Extract<ExportPart, { type: "tool" }>): string {
  const input = part.input === null ? "" : truncate(JSON.stringify(part.input), 160);
  const ending = part.errorText ? `failed: ${truncate(part.errorText, 160)}` : describeState(part.state);
  return `${part.toolName}${input ? ` ${input}` : ""} (${ending})`;
}

function describeState(state: string): string {
  if (state === "output-available") return "done";
  if (state === "output-error") return "failed";
  if (state === "output-denied") return "denied";
  if (state === "approval-requested") return "waiting for approval";
  return state.replaceAll("-", " ");
}

/** Cuts text at `length` characters with an ellipsis. */
export function truncate(value: string, length: number): string {
  return value.length <= length ? value : `${value.slice(0, length - 1)}…`;
}
