import { schema, type Tx } from "@penny/db";
import { asc, eq } from "drizzle-orm";
import { ChatError } from "../chat-error.ts";

const { messages } = schema;

/** One node of the message tree as the API shows it. */
export interface MessageNode {
  id: string;
  parentId: string | null;
  role: "system" | "user" | "assistant" | "tool";
  parts: unknown[];
  model: string | null;
  createdAt: Date;
  /** Children in creation order: the branches that start here. */
  childIds: string[];
}

/** A conversation's whole message tree, indexed by id, with roots in creation order. */
export interface MessageTree {
  nodes: Map<string, MessageNode>;
  rootIds: string[];
}

/** Loads every message of the conversation (the caller has already checked access). */
export async function loadMessageTree(tx: Tx, conversationId: string): Promise<MessageTree> {
  const rows = await tx
    .select({
      id: messages.id,
      parentId: messages.parentId,
      role: messages.role,
      parts: messages.parts,
      model: messages.model,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const nodes = new Map<string, MessageNode>(rows.map((row) => [row.id, { ...row, childIds: [] }]));
  const rootIds: string[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.childIds.push(node.id);
    else rootIds.push(node.id);
  }
  return { nodes, rootIds };
}

/** The messages from the root down to `leafId`, in order. */
export function pathTo(tree: MessageTree, leafId: string): MessageNode[] {
  const path: MessageNode[] = [];
  let current = tree.nodes.get(leafId);
  if (!current) throw new ChatError("PENNY_MESSAGE_NOT_FOUND", "No such message in this conversation.");
  while (current) {
    path.unshift(current);
    current = current.parentId ? tree.nodes.get(current.parentId) : undefined;
  }
  return path;
}

/** Follows the newest child from `messageId` down to a leaf: where a branch switch lands. */
export function newestLeafUnder(tree: MessageTree, messageId: string): string {
  let current = tree.nodes.get(messageId);
  if (!current) throw new ChatError("PENNY_MESSAGE_NOT_FOUND", "No such message in this conversation.");
  while (current.childIds.length > 0) {
    const next = tree.nodes.get(current.childIds.at(-1) as string);
    if (!next) break;
    current = next;
  }
  return current.id;
}

/** The active path: from the stored active leaf, or the newest branch when none is stored. */
export function activePath(tree: MessageTree, activeLeafId: string | null): MessageNode[] {
  if (activeLeafId && tree.nodes.has(activeLeafId)) return pathTo(tree, activeLeafId);
  const lastRoot = tree.rootIds.at(-1);
  return lastRoot ? pathTo(tree, newestLeafUnder(tree, lastRoot)) : [];
}

/** Two branches side by side: what they share, then where each goes after they part. */
export interface BranchComparison {
  common: MessageNode[];
  a: MessageNode[];
  b: MessageNode[];
}

/** Compares the branches ending at (or continuing below) messages `a` and `b`. */
export function compareBranches(tree: MessageTree, a: string, b: string): BranchComparison {
  const pathA = pathTo(tree, newestLeafUnder(tree, a));
  const pathB = pathTo(tree, newestLeafUnder(tree, b));
  let shared = 0;
  while (shared < pathA.length && shared < pathB.length && pathA[shared]?.id === pathB[shared]?.id)
    shared += 1;
  return { common: pathA.slice(0, shared), a: pathA.slice(shared), b: pathB.slice(shared) };
}
