import { artifactBaseNames, extensionOf } from "../artifact-files.ts";
import type { ConversationSnapshot } from "../export-snapshot.ts";

/**
 * The JSON export's shape, version 1. Stable: a reader may rely on every field; a change that breaks that makes
 * version 2. Parts are the stored AI SDK UI message parts, unchanged.
 */
export interface ConversationJsonV1 {
  format: "penny.conversation";
  version: 1;
  exportedAt: string;
  branches: "active" | "all";
  conversation: { id: string; title: string; createdAt: string };
  /** The ids from the first message to the active leaf. */
  activePath: string[];
  /** Active: the active path in order. All: every message (a tree through parentId), in creation order. */
  messages: {
    id: string;
    parentId: string | null;
    role: string;
    model: string | null;
    createdAt: string;
    parts: unknown[];
  }[];
  /** The artifact versions the messages refer to; `file` is their path inside a zip export. */
  artifacts: {
    id: string;
    version: number;
    kind: string;
    mime: string;
    title: string;
    sha256: string;
    file: string;
  }[];
}

/** The conversation as a `penny.conversation` version 1 document. */
export function conversationJson(snapshot: ConversationSnapshot): ConversationJsonV1 {
  const names = artifactBaseNames(snapshot.artifacts);
  return {
    format: "penny.conversation",
    version: 1,
    exportedAt: snapshot.exportedAt.toISOString(),
    branches: snapshot.branches,
    conversation: {
      id: snapshot.conversation.id,
      title: snapshot.conversation.title,
      createdAt: snapshot.conversation.createdAt.toISOString(),
    },
    activePath: snapshot.activePath,
    messages: snapshot.messages.map((message) => ({
      id: message.id,
      parentId: message.parentId,
      role: message.role,
      model: message.model,
      createdAt: message.createdAt.toISOString(),
      parts: message.parts,
    })),
    artifacts: snapshot.artifacts.map((artifact) => ({
      id: artifact.id,
      version: artifact.version,
      kind: artifact.kind,
      mime: artifact.mime,
      title: artifact.title,
      sha256: artifact.contentHash,
      file: `artifacts/${names.get(artifact)}.${extensionOf(artifact.mime, artifact.kind)}`,
    })),
  };
}

/** The JSON export's bytes (UTF-8, indented for people who open it). */
export function buildConversationJson(snapshot: ConversationSnapshot): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(conversationJson(snapshot), null, 2)}\n`);
}
