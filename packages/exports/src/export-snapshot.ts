/** One stored message, as exports read it (parts untouched, so the JSON export is lossless). */
export interface ExportMessage {
  id: string;
  parentId: string | null;
  role: "system" | "user" | "assistant" | "tool";
  model: string | null;
  createdAt: Date;
  parts: unknown[];
}

/** An artifact version a conversation refers to, with its bytes and, for charts, the server's drawings. */
export interface ExportArtifact {
  id: string;
  version: number;
  kind: string;
  mime: string;
  title: string;
  contentHash: string;
  bytes: Uint8Array;
  /** Charts only: the Vega-Lite spec drawn as SVG and PNG; null when it could not be drawn (see renderError). */
  rendered: { svg: Uint8Array; png: Uint8Array } | null;
  renderError: string | null;
}

/** Everything a conversation export is built from: builders take this and return bytes, nothing else. */
export interface ConversationSnapshot {
  conversation: { id: string; title: string; createdAt: Date };
  exportedAt: Date;
  branches: "active" | "all";
  /** Active: the path from the first message to the active leaf. All: every message, in creation order. */
  messages: ExportMessage[];
  /** The ids from the first message to the active leaf. */
  activePath: string[];
  artifacts: ExportArtifact[];
}

/** The exported artifact a message part points at (same id and version), if the export has it. */
export function findArtifact(
  snapshot: ConversationSnapshot,
  reference: { artifactId: string; version: number },
): ExportArtifact | undefined {
  return snapshot.artifacts.find(
    (artifact) => artifact.id === reference.artifactId && artifact.version === reference.version,
  );
}
