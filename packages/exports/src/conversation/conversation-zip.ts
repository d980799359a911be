import { createHash } from "node:crypto";
import { zipSync } from "fflate";
import { artifactBaseNames, extensionOf } from "../artifact-files.ts";
import type { ConversationSnapshot, ExportArtifact } from "../export-snapshot.ts";
import { buildConversationJson } from "./conversation-json.ts";
import { buildConversationMarkdown } from "./conversation-markdown.ts";

/** `manifest.json` of a zip export: every other file with its SHA-256 and size, so a reader can check them. */
export interface ZipManifest {
  format: "penny.export-manifest";
  version: 1;
  conversationId: string;
  exportedAt: string;
  files: { path: string; sha256: string; size: number; artifactId?: string; artifactVersion?: number }[];
}

/** A built zip and the SHA-256 of its manifest (what the audit trail records). */
export interface BuiltZip {
  bytes: Uint8Array;
  manifest: ZipManifest;
  manifestSha256: string;
}

/**
 * A conversation as a zip: conversation.md, conversation.json, every artifact in its native format under
 * artifacts/ (charts also drawn as .svg and .png) and manifest.json with each file's SHA-256.
 */
export function buildConversationZip(snapshot: ConversationSnapshot): BuiltZip {
  const names = artifactBaseNames(snapshot.artifacts);
  const files = new Map<string, { bytes: Uint8Array; artifact?: ExportArtifact }>();
  const paths = new Map<ExportArtifact, string>();
  for (const artifact of snapshot.artifacts) {
    const base = `artifacts/${names.get(artifact)}`;
    const path = `${base}.${extensionOf(artifact.mime, artifact.kind)}`;
    paths.set(artifact, path);
    files.set(path, { bytes: artifact.bytes, artifact });
    if (artifact.rendered) {
      files.set(`${base}.svg`, { bytes: artifact.rendered.svg, artifact });
      files.set(`${base}.png`, { bytes: artifact.rendered.png, artifact });
    }
  }
  const markdown = new TextEncoder().encode(buildConversationMarkdown(snapshot, { artifactPaths: paths }));
  const all = new Map([
    ["conversation.md", { bytes: markdown }],
    ["conversation.json", { bytes: buildConversationJson(snapshot) }],
    ...files,
  ]) as Map<string, { bytes: Uint8Array; artifact?: ExportArtifact }>;
  const manifest: ZipManifest = {
    format: "penny.export-manifest",
    version: 1,
    conversationId: snapshot.conversation.id,
    exportedAt: snapshot.exportedAt.toISOString(),
    files: [...all].map(([path, file]) => ({
      path,
      sha256: sha256(file.bytes),
      size: file.bytes.byteLength,
      ...(file.artifact ? { artifactId: file.artifact.id, artifactVersion: file.artifact.version } : {}),
    })),
  };
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  // Fixed timestamps: the same conversation exported twice gives the same zip bytes.
  const mtime = snapshot.exportedAt;
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, file] of all) entries[path] = [file.bytes, { mtime }];
  entries["manifest.json"] = [manifestBytes, { mtime }];
  return { bytes: zipSync(entries, { level: 6 }), manifest, manifestSha256: sha256(manifestBytes) };
}

/** Lowercase hex SHA-256. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
