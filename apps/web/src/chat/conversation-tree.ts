import type { ConversationDetail } from "../api/types.ts";
import type { PennyMessage } from "./penny-message.ts";

/** What the chat needs to know about each stored message beyond its parts. */
export interface TreeNode {
  parentId: string | null;
  siblingIds: string[];
  model: string | null;
}

/** A loaded conversation: the messages on its active branch (for useChat) and every node by id. */
export interface LoadedTree {
  messages: PennyMessage[];
  nodes: Map<string, TreeNode>;
}

/** Turns GET /v1/conversations/:id into the active branch's UI messages and the tree's branch information. */
export function loadedTree(detail: ConversationDetail): LoadedTree {
  const byId = new Map(detail.messages.map((message) => [message.id, message]));
  const nodes = new Map<string, TreeNode>(
    detail.messages.map((message) => [
      message.id,
      { parentId: message.parentId, siblingIds: message.siblingIds, model: message.model },
    ]),
  );
  const messages = detail.activePath.flatMap((id): PennyMessage[] => {
    const stored = byId.get(id);
    if (!stored || (stored.role !== "user" && stored.role !== "assistant")) return [];
    return [{ id: stored.id, role: stored.role, parts: stored.parts as PennyMessage["parts"] }];
  });
  return { messages, nodes };
}

/** The answer shown as still being written: the last message is an answer the server has not filled yet. */
export function answerInProgress(messages: PennyMessage[]): string | undefined {
  const last = messages.at(-1);
  return last?.role === "assistant" && last.parts.length === 0 ? last.id : undefined;
}
