import { readMemoryRequest } from "@penny/models";

/** What a person's message asks of their memory. */
export interface MemoryCommand {
  action: "remember" | "forget";
  /** The fact to keep, or a description of the one to drop. */
  content: string;
}

/**
 * The explicit memory command in a chat message, in English or Spanish ("remember that …", "please remember: …",
 * "from now on remember …", "recuerda que …", "acuérdate de que …", "forget that …", "olvida que …"); undefined
 * for anything else, questions about memory included ("do you remember the Q3 numbers?"). The grammar is the one
 * the built-in model reads, so what it acknowledges is what the chat keeps.
 */
export function parseMemoryCommand(text: string): MemoryCommand | undefined {
  const request = readMemoryRequest(text);
  return request ? { action: request.action, content: request.content } : undefined;
}
