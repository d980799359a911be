import type { LanguageModelV3Prompt, LanguageModelV3ToolResultOutput } from "@ai-sdk/provider";

/** A tool call the assistant made earlier in the conversation, with its output once it has one. */
export interface PastToolCall {
  toolCallId: string;
  toolName: string;
  input: unknown;
  output?: LanguageModelV3ToolResultOutput;
}

/** The parts of a conversation the planner needs. */
export interface ConversationView {
  /** The latest user message's text ("" when there is none). */
  userText: string;
  /** Earlier user messages, oldest first (for language and follow-ups). */
  earlierUserTexts: string[];
  /** True when the prompt ends with the user's message (a fresh request), false when it ends with tool output. */
  endsWithUser: boolean;
  /** Tool calls made since the latest user message, in order. */
  turnCalls: PastToolCall[];
  /** Tool calls made before the latest user message (the previous turns), in order. */
  earlierCalls: PastToolCall[];
  systemText: string;
}

function parseInput(input: unknown): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input);
  } catch {
    return input;
  }
}

/** Reads any prompt shape (files, images, reasoning, approvals) without failing on parts it does not use. */
export function readConversation(prompt: LanguageModelV3Prompt): ConversationView {
  const messages = Array.isArray(prompt) ? prompt : [];
  let lastUser = -1;
  messages.forEach((message, index) => {
    if (message?.role === "user") lastUser = index;
  });
  const userTexts: string[] = [];
  const calls: (PastToolCall & { afterLastUser: boolean })[] = [];
  const outputs = new Map<string, LanguageModelV3ToolResultOutput>();
  let systemText = "";
  messages.forEach((message, index) => {
    if (!message) return;
    if (message.role === "system")
      systemText += `${typeof message.content === "string" ? message.content : ""}\n`;
    const parts = Array.isArray(message.content) ? message.content : [];
    if (message.role === "user") {
      userTexts.push(parts.flatMap((part) => (part?.type === "text" ? [part.text] : [])).join("\n"));
    }
    for (const part of parts) {
      if (part?.type === "tool-call") {
        calls.push({
          toolCallId: part.toolCallId,
          toolName: part.toolName,
          input: parseInput(part.input),
          afterLastUser: index > lastUser,
        });
      } else if (part?.type === "tool-result") {
        outputs.set(part.toolCallId, part.output);
      }
    }
  });
  const withOutputs = calls.map(({ afterLastUser, ...call }) => ({
    afterLastUser,
    call: { ...call, output: outputs.get(call.toolCallId) },
  }));
  const last = messages[messages.length - 1];
  return {
    userText: lastUser >= 0 ? (userTexts[userTexts.length - 1] ?? "") : "",
    earlierUserTexts: userTexts.slice(0, -1),
    endsWithUser: last?.role === "user",
    turnCalls: withOutputs.filter((entry) => entry.afterLastUser).map((entry) => entry.call),
    earlierCalls: withOutputs.filter((entry) => !entry.afterLastUser).map((entry) => entry.call),
    systemText: systemText.trim(),
  };
}
