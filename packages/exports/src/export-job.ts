import { type BlobStore, getArtifact, readArtifactContent } from "@penny/artifacts";
import type { Database } from "@penny/db";
import type { JobContext, JobHandler } from "@penny/jobs";
import { z } from "zod";
import { artifactExportFormats, buildArtifactExport, type ExportedFile } from "./artifact/artifact-export.ts";
import { slugOf } from "./artifact-files.ts";
import { buildConversationJson } from "./conversation/conversation-json.ts";
import { buildConversationMarkdown } from "./conversation/conversation-markdown.ts";
import { buildConversationPdf } from "./conversation/conversation-pdf.ts";
import { buildConversationZip } from "./conversation/conversation-zip.ts";
import { loadConversationSnapshot } from "./load-snapshot.ts";

/** The job kind of every export. */
export const EXPORT_JOB_KIND = "export";

/** The formats a whole conversation can be exported in. */
export const conversationExportFormats = ["markdown", "json", "pdf", "zip"] as const;

/** What an export job is asked to do; the route checks access before it enqueues one. */
export const exportJobInputSchema = z.discriminatedUnion("target", [
  z.object({
    target: z.literal("conversation"),
    conversationId: z.uuid(),
    format: z.enum(conversationExportFormats),
    branches: z.enum(["active", "all"]),
  }),
  z.object({
    target: z.literal("artifact"),
    artifactId: z.uuid(),
    version: z.number().int().min(1).optional(),
    format: z.enum(artifactExportFormats),
  }),
]);

export type ExportJobInput = z.infer<typeof exportJobInputSchema>;

/** An export job's result: where its file is and how to name it. */
export const exportResultSchema = z.object({
  blobKey: z.string(),
  filename: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
  /** Zip exports: the SHA-256 of manifest.json. */
  manifestSha256: z.string().optional(),
});

export type ExportResult = z.infer<typeof exportResultSchema>;

/**
 * The job that builds an export and stores the file in the blob store. It runs as the person who asked (the
 * job's creator), so it sees only what they may see even if their access changed after they asked.
 */
export function createExportJobHandler(options: {
  database: Database;
  blobStore: BlobStore;
  now?: () => Date;
}): JobHandler {
  const now = options.now ?? (() => new Date());
  return {
    kind: EXPORT_JOB_KIND,
    async run(context: JobContext): Promise<ExportResult> {
      const input = exportJobInputSchema.parse(context.input);
      if (!context.createdBy) throw new Error("An export needs the person who asked for it.");
      const file: ExportedFile & { manifestSha256?: string } =
        input.target === "conversation"
          ? await exportConversation(options, context, { ...input, userId: context.createdBy, now: now() })
          : await exportArtifact(options, context, input);
      await context.reportProgress({ phase: "storing", done: 1, total: 1 });
      const stored = await options.blobStore.put(file.bytes);
      return {
        blobKey: stored.hash,
        filename: file.filename,
        mime: file.mime,
        sizeBytes: stored.size,
        ...(file.manifestSha256 ? { manifestSha256: file.manifestSha256 } : {}),
      };
    },
  };
}

async function exportConversation(
  options: { database: Database; blobStore: BlobStore },
  context: JobContext,
  input: Extract<ExportJobInput, { target: "conversation" }> & { userId: string; now: Date },
): Promise<ExportedFile & { manifestSha256?: string }> {
  const snapshot = await loadConversationSnapshot({
    ...options,
    tenantId: context.tenantId,
    userId: input.userId,
    conversationId: input.conversationId,
    branches: input.branches,
    now: input.now,
    signal: context.signal,
    onProgress: (progress) => context.reportProgress(progress),
  });
  await context.reportProgress({ phase: "writing", done: 0, total: 1 });
  const name = slugOf(snapshot.conversation.title);
  if (input.format === "markdown") {
    const bytes = new TextEncoder().encode(buildConversationMarkdown(snapshot));
    return { bytes, mime: "text/markdown; charset=utf-8", filename: `${name}.md` };
  }
  if (input.format === "json") {
    return { bytes: buildConversationJson(snapshot), mime: "application/json", filename: `${name}.json` };
  }
  if (input.format === "pdf") {
    return { bytes: await buildConversationPdf(snapshot), mime: "application/pdf", filename: `${name}.pdf` };
  }
  const zip = buildConversationZip(snapshot);
  return {
    bytes: zip.bytes,
    mime: "application/zip",
    filename: `${name}.zip`,
    manifestSha256: zip.manifestSha256,
  };
}

async function exportArtifact(
  options: { database: Database; blobStore: BlobStore },
  context: JobContext,
  input: Extract<ExportJobInput, { target: "artifact" }>,
): Promise<ExportedFile> {
  await context.reportProgress({ phase: "writing", done: 0, total: 1 });
  const view = await getArtifact({
    ...options,
    tenantId: context.tenantId,
    artifactId: input.artifactId,
    version: input.version,
  });
  const content = await readArtifactContent({
    ...options,
    tenantId: context.tenantId,
    artifactId: view.id,
    version: view.version,
  });
  return buildArtifactExport(
    { kind: view.kind, mime: view.mime, title: view.title, version: view.version, bytes: content.bytes },
    input.format,
  );
}
