import type { UIMessageChunk } from "ai";

/** One streamed event: an AI SDK UI message stream chunk with its per-conversation sequence number. */
export interface StreamEvent {
  seq: number;
  chunk: UIMessageChunk;
}

/** The chunks that close a run segment: a client's stream ends after one of them. */
export function isTerminalChunk(chunk: UIMessageChunk): boolean {
  return chunk.type === "finish" || chunk.type === "abort";
}

/** The bus channel of a conversation's live events. */
export function conversationChannel(tenantId: string, conversationId: string): string {
  return `conversation:${tenantId}:${conversationId}`;
}
