import type { ModelMessage, ToolResultPart } from "ai";
import { detectPii } from "./detect-pii.ts";
import type { PiiOptions } from "./pii-options.ts";
import { type PiiCount, PiiTally } from "./pii-tally.ts";
import { PlaceholderBook, placeholderPattern, replaceSpans } from "./placeholder-book.ts";

/** A prompt as it goes to a model. */
export interface PromptText {
  system: string | undefined;
  messages: ModelMessage[];
}

export interface RedactedPrompt extends PromptText {
  /** Values replaced, by kind (each occurrence counted); never the values. */
  redactions: PiiCount[];
  /**
   * Puts the values back into what the model sends back (a tool call's arguments): the tool must act on the real
   * address, not on `[EMAIL_1]`. Placeholders this prompt did not hand out stay as they are.
   */
  restore(value: unknown): unknown;
}

type AssistantPart = Exclude<Extract<ModelMessage, { role: "assistant" }>["content"], string>[number];
type ToolPart = Extract<ModelMessage, { role: "tool" }>["content"][number];
type JsonValue = null | string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

/**
 * Replaces personal data in everything a prompt carries as text: the system prompt, user and assistant text,
 * reasoning, tool-call inputs and tool results (strings inside JSON included). One value gets one placeholder
 * across the whole prompt, numbered in reading order, so the model can still tell who is who and the same history
 * redacts the same way at every step. The shape of each message is kept as it was; files and images pass as
 * they are.
 */
export function redactPrompt(prompt: PromptText, options?: PiiOptions): RedactedPrompt {
  const book = new PlaceholderBook();
  const tally = new PiiTally();
  const redact = (text: string) =>
    replaceSpans(text, detectPii(text, options), book, (kind) => tally.add(kind));
  const redactJson = (value: JsonValue): JsonValue => mapStrings(value, redact);
  const redactToolResult = (part: ToolResultPart): ToolResultPart => ({
    ...part,
    output: redactOutput(part.output, redact, redactJson),
  });
  const redactAssistantPart = (part: AssistantPart): AssistantPart => {
    switch (part.type) {
      case "text":
      case "reasoning":
        return { ...part, text: redact(part.text) };
      case "tool-call":
        return { ...part, input: redactJson(part.input as JsonValue) };
      case "tool-result":
        return redactToolResult(part);
      default:
        return part;
    }
  };
  const redactToolPart = (part: ToolPart): ToolPart =>
    part.type === "tool-result"
      ? redactToolResult(part)
      : part.reason === undefined
        ? part
        : { ...part, reason: redact(part.reason) };

  const redactContent = <Part>(content: string | Part[], redactPart: (part: Part) => Part) =>
    typeof content === "string" ? redact(content) : content.map(redactPart);

  const system = prompt.system === undefined ? undefined : redact(prompt.system);
  const messages = prompt.messages.map((message): ModelMessage => {
    switch (message.role) {
      case "system":
        return { ...message, content: redact(message.content) };
      case "user":
        return {
          ...message,
          content: redactContent(message.content, (part) =>
            part.type === "text" ? { ...part, text: redact(part.text) } : part,
          ),
        };
      case "assistant":
        return { ...message, content: redactContent(message.content, redactAssistantPart) };
      case "tool":
        return { ...message, content: message.content.map(redactToolPart) };
      default:
        return message;
    }
  });
  const restoreText = (text: string) =>
    text.replace(placeholderPattern, (match, name: string) => book.valueOf(name.toUpperCase()) ?? match);
  return {
    system,
    messages,
    redactions: tally.list(),
    restore: (value) => mapStrings(value as JsonValue, restoreText),
  };
}

/** The same JSON value with `change` applied to every string in it. */
function mapStrings(value: JsonValue, change: (text: string) => string): JsonValue {
  if (typeof value === "string") return change(value);
  if (Array.isArray(value)) return value.map((entry) => mapStrings(entry, change));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, mapStrings(entry, change)]));
  }
  return value;
}

function redactOutput(
  output: ToolResultPart["output"],
  redact: (text: string) => string,
  redactJson: (value: JsonValue) => JsonValue,
): ToolResultPart["output"] {
  switch (output.type) {
    case "text":
    case "error-text":
      return { ...output, value: redact(output.value) };
    case "json":
    case "error-json":
      return { ...output, value: redactJson(output.value as JsonValue) as typeof output.value };
    case "execution-denied":
      return output.reason === undefined ? output : { ...output, reason: redact(output.reason) };
    case "content":
      return {
        ...output,
        value: output.value.map((item) =>
          item.type === "text" ? { ...item, text: redact(item.text) } : item,
        ),
      };
    default:
      return output;
  }
}
