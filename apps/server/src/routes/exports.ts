import { getConversation } from "@penny/chat";
import {
  artifactExportFormats,
  conversationExportFormats,
  createExportJobHandler,
  EXPORT_JOB_KIND,
  ExportFormatError,
  ExportNotFoundError,
  ExportNotReadyError,
  exportFormatsFor,
  exportResultSchema,
} from "@penny/exports";
import { JobNotFoundError } from "@penny/jobs";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { callerOf } from "../chat-caller.ts";
import { visibleArtifact } from "../engine/artifact-access.ts";
import { problemResponses } from "../errors/problem-document.ts";

const idParams = z.object({ id: z.uuid() });

const startedSchema = z
  .object({
    jobId: z.uuid().describe("Follow it at /v1/jobs/{jobId} (or its SSE events); then download the file"),
    downloadUrl: z.string().describe("Where the file is once the job has succeeded"),
  })
  .meta({ id: "ExportStarted" });

const started = (jobId: string) => ({ jobId, downloadUrl: `/v1/exports/${jobId}/download` });

/** RFC 6266: an ASCII fallback name plus the UTF-8 name, so accents survive and no quote breaks the header. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Exports: a conversation (Markdown, JSON, PDF, zip) or one artifact (chart SVG/PNG, table CSV/XLSX/Parquet,
 * Markdown PDF, or its native bytes). Every export runs as a job, small or large, so the client has one flow:
 * start → follow the job → download. Only the job's creator (or a tenant admin) may download the file.
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.jobs.register(createExportJobHandler({ database: app.database, blobStore: app.blobStore }));

  app.post(
    "/v1/conversations/:id/exports",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Export a conversation (the active branch or all) as Markdown, JSON, PDF or a zip bundle",
        tags: ["exports"],
        params: idParams,
        body: z.object({
          format: z.enum(conversationExportFormats),
          branches: z.enum(["active", "all"]).default("active"),
        }),
        response: { 202: startedSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { format, branches } = request.body;
      // The owner check (404 for anyone else, as for an unknown id) and the audit event in one transaction.
      await app.database.withTenant(caller.tenantId, async (tx) => {
        await getConversation(tx, { userId: caller.userId, conversationId: request.params.id });
        await auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "conversation.export",
          target: `conversation:${request.params.id}`,
          data: { format, branches },
        });
      });
      const job = await app.jobs.enqueue({
        tenantId: caller.tenantId,
        kind: EXPORT_JOB_KIND,
        subjectId: request.params.id,
        input: { target: "conversation", conversationId: request.params.id, format, branches },
        createdBy: caller.userId,
      });
      return reply.code(202).send(started(job.id));
    },
  );

  app.post(
    "/v1/artifacts/:id/exports",
    {
      config: { access: "conversations:use" },
      schema: {
        summary:
          "Export an artifact version: chart as svg/png, table as csv/xlsx/parquet, Markdown as pdf, any as native",
        tags: ["exports"],
        params: idParams,
        body: z.object({
          format: z.enum(artifactExportFormats),
          version: z.number().int().min(1).optional().describe("Absent: the latest version"),
        }),
        response: { 202: startedSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const artifact = await visibleArtifact(app.database, {
        tenantId: caller.tenantId,
        userId: caller.userId,
        artifactId: request.params.id,
        version: request.body.version,
      });
      const formats = exportFormatsFor(artifact.kind, artifact.mime);
      if (!formats.includes(request.body.format)) {
        throw new ExportFormatError(
          `A ${artifact.kind} artifact cannot be exported as ${request.body.format}; choose one of: ${formats.join(", ")}.`,
        );
      }
      await app.database.withTenant(caller.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "artifact.export",
          target: `artifact:${artifact.id}`,
          data: { format: request.body.format, version: artifact.version, contentHash: artifact.contentHash },
        }),
      );
      const job = await app.jobs.enqueue({
        tenantId: caller.tenantId,
        kind: EXPORT_JOB_KIND,
        subjectId: artifact.id,
        input: {
          target: "artifact",
          artifactId: artifact.id,
          version: artifact.version,
          format: request.body.format,
        },
        createdBy: caller.userId,
      });
      return reply.code(202).send(started(job.id));
    },
  );

  app.get(
    "/v1/exports/:jobId/download",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Download a finished export (its creator or a tenant admin; 404 for anyone else)",
        tags: ["exports"],
        params: z.object({ jobId: z.uuid() }),
        response: {
          200: {
            description: "The exported file, as an attachment",
            content: { "application/octet-stream": { schema: z.string() } },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { jobId } = request.params;
      const job = await app.jobs.get(caller.tenantId, jobId).catch((error: unknown) => {
        throw error instanceof JobNotFoundError ? new ExportNotFoundError(jobId) : error;
      });
      const mayRead = job.createdBy === caller.userId || caller.permissions.has("tenant:manage");
      if (job.kind !== EXPORT_JOB_KIND || !mayRead) throw new ExportNotFoundError(jobId);
      if (job.status !== "succeeded") throw new ExportNotReadyError(job.status);
      const result = exportResultSchema.safeParse(job.result);
      const bytes = result.success ? await app.blobStore.get(result.data.blobKey) : null;
      if (!result.success || !bytes) throw new ExportNotFoundError(jobId);
      await app.database.withTenant(caller.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "export.download",
          target: `job:${jobId}`,
          data: {
            subjectId: job.subjectId,
            filename: result.data.filename,
            sha256: result.data.blobKey,
            ...(result.data.manifestSha256 ? { manifestSha256: result.data.manifestSha256 } : {}),
          },
        }),
      );
      return (reply as FastifyReply)
        .header("content-type", result.data.mime)
        .header("content-disposition", contentDisposition(result.data.filename))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(Buffer.from(bytes));
    },
  );
};
