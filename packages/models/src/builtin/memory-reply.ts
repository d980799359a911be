import type { Language } from "./detect-language.ts";
import { type MemoryRequest, memoryTerms, readMemoryRequest } from "./memory-request.ts";

const replies: Record<MemoryRequest["action"], Record<Language, (content: string) => string>> = {
  remember: {
    en: (content) => `Got it, I'll remember: "${content}".`,
    es: (content) => `Entendido, lo recordaré: «${content}».`,
  },
  forget: {
    en: (content) => `Done, I'll forget: "${content}".`,
    es: (content) => `Hecho, lo olvidaré: «${content}».`,
  },
};

/** A user's message split into what it asks the memory and what it asks the model. */
export interface MemoryTurn {
  /** A short acknowledgement when the whole message is a memory command: the chat keeps the memory, no tool. */
  reply?: { language: Language; text: string };
  /** The part of the message to plan for: a fact to remember is not a request ("… my team is Borealis"). */
  requestText: string;
}

/** Reads a memory command out of the user's message, if it holds one. */
export function readMemoryTurn(userText: string): MemoryTurn {
  const request = readMemoryRequest(userText);
  if (!request) return { requestText: userText };
  if (memoryTerms(request.rest).length > 0) return { requestText: request.rest };
  const text = replies[request.action][request.language](request.content);
  return { reply: { language: request.language, text }, requestText: "" };
}
