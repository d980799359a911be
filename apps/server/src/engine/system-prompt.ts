import type { SystemPrompt, SystemPromptInput } from "@penny/chat";
import type { UIMessageChunk } from "ai";

/** One part of the system prompt (tenant instructions, a preset, recalled memory) and what it announces. */
export interface SystemPromptPart {
  text?: string;
  announce?: UIMessageChunk[];
}

export type PromptSection = (input: SystemPromptInput) => Promise<SystemPromptPart | null>;

/**
 * The system prompt as its sections build it, in order, inside the run's transaction: their texts joined by blank
 * lines, their announcements in the order given.
 */
export function composeSystemPrompt(
  sections: readonly PromptSection[],
): (input: SystemPromptInput) => Promise<SystemPrompt> {
  return async (input) => {
    const texts: string[] = [];
    const announce: UIMessageChunk[] = [];
    // One after another: they share one transaction, which runs one statement at a time.
    for (const section of sections) {
      const part = await section(input);
      const text = part?.text?.trim();
      if (text) texts.push(text);
      if (part?.announce) announce.push(...part.announce);
    }
    return { text: texts.join("\n\n"), announce };
  };
}
