import type { LanguageModelV3CallOptions, LanguageModelV3Usage } from "@ai-sdk/provider";

/** Roughly four characters per token, the usual rule of thumb for English and Spanish text. */
export function approximateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function promptText(options: LanguageModelV3CallOptions): string {
  const parts: string[] = [];
  for (const message of options.prompt ?? []) {
    if (typeof message.content === "string") parts.push(message.content);
    else
      for (const part of message.content) {
        if (part.type === "text" || part.type === "reasoning") parts.push(part.text);
        else if (part.type === "tool-call") parts.push(part.toolName, JSON.stringify(part.input ?? null));
        else if (part.type === "tool-result") parts.push(part.toolName, JSON.stringify(part.output ?? null));
      }
  }
  for (const tool of options.tools ?? []) parts.push(JSON.stringify(tool));
  return parts.join("\n");
}

/** Approximate usage for a call: the prompt and tools in, the text and tool arguments out. */
export function approximateUsage(options: LanguageModelV3CallOptions, output: string): LanguageModelV3Usage {
  const input = approximateTokens(promptText(options));
  const produced = approximateTokens(output);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: produced, text: produced, reasoning: 0 },
  };
}
