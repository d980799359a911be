import {
  ArtifactNotFoundError,
  type BlobStore,
  getArtifact,
  readArtifactContent,
  renderChart,
} from "@penny/artifacts";
import { activePath, getConversation, loadMessageTree } from "@penny/chat";
import type { Database } from "@penny/db";
import type { ConversationSnapshot, ExportArtifact, ExportMessage } from "./export-snapshot.ts";
import { readParts } from "./message-parts.ts";

/** Where a snapshot load is, so a job can show "3 of 12 artifacts". */
export type SnapshotProgress = (progress: { phase: string; done: number; total: number }) => Promise<void>;

/**
 * Reads what a conversation export needs: the conversation (only its owner's), its messages (the active branch or
 * all), and every artifact version they refer to, charts drawn as SVG and PNG. Artifacts made in another
 * conversation, or deleted since, are left out rather than leaked or failed on.
 */
export async function loadConversationSnapshot(options: {
  database: Database;
  blobStore: BlobStore;
  tenantId: string;
  userId: string;
  conversationId: string;
  branches: "active" | "all";
  now: Date;
  signal?: AbortSignal;
  onProgress?: SnapshotProgress;
}): Promise<ConversationSnapshot> {
  const { database, tenantId } = options;
  const { conversation, messages, path } = await database.withTenant(tenantId, async (tx) => {
    const found = await getConversation(tx, {
      userId: options.userId,
      conversationId: options.conversationId,
    });
    const tree = await loadMessageTree(tx, found.id);
    const active = activePath(tree, found.activeLeafId);
    return {
      conversation: found,
      messages: options.branches === "all" ? [...tree.nodes.values()] : active,
      path: active.map((node) => node.id),
    };
  });
  const exported: ExportMessage[] = messages.map((node) => ({
    id: node.id,
    parentId: node.parentId,
    role: node.role,
    model: node.model,
    createdAt: node.createdAt,
    parts: node.parts,
  }));
  const references = new Map<string, { artifactId: string; version: number }>();
  for (const message of exported) {
    for (const part of readParts(message.parts)) {
      if (part.type === "artifact") references.set(`${part.artifactId}@${part.version}`, part);
    }
  }
  const artifacts: ExportArtifact[] = [];
  let done = 0;
  await options.onProgress?.({ phase: "artifacts", done, total: references.size });
  for (const reference of references.values()) {
    options.signal?.throwIfAborted();
    const artifact = await readReferenced(options, reference, conversation.id);
    if (artifact) artifacts.push(artifact);
    done += 1;
    await options.onProgress?.({ phase: "artifacts", done, total: references.size });
  }
  return {
    conversation: { id: conversation.id, title: conversation.title, createdAt: conversation.createdAt },
    exportedAt: options.now,
    branches: options.branches,
    messages: exported,
    activePath: path,
    artifacts,
  };
}

async function readReferenced(
  options: { database: Database; blobStore: BlobStore; tenantId: string },
  reference: { artifactId: string; version: number },
  conversationId: string,
): Promise<ExportArtifact | null> {
  try {
    const view = await getArtifact({
      ...options,
      artifactId: reference.artifactId,
      version: reference.version,
    });
    const madeHere = view.lineage.conversationId === null || view.lineage.conversationId === conversationId;
    if (!madeHere) return null;
    const content = await readArtifactContent({ ...options, artifactId: view.id, version: view.version });
    const artifact: ExportArtifact = {
      id: view.id,
      version: view.version,
      kind: view.kind,
      mime: view.mime,
      title: view.title,
      contentHash: content.contentHash,
      bytes: content.bytes,
      rendered: null,
      renderError: null,
    };
    if (view.kind === "chart") {
      try {
        const spec = JSON.parse(new TextDecoder().decode(content.bytes));
        const svg = await renderChart(spec, "svg");
        const png = await renderChart(spec, "png", { scale: 2 });
        artifact.rendered = { svg: svg.bytes, png: png.bytes };
      } catch (error) {
        artifact.renderError = (error as Error).message;
      }
    }
    return artifact;
  } catch (error) {
    if (error instanceof ArtifactNotFoundError) return null;
    throw error;
  }
}
