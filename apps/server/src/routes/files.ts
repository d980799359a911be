import fastifyMultipart from "@fastify/multipart";
import {
  DocumentNotFoundError,
  deleteDocument,
  detectFileType,
  documentBlob,
  findDuplicate,
  findReadableCollection,
  findReadableDocument,
  formatMimes,
  guardZip,
  INGEST_DOCUMENT,
  insertDocument,
  listReadableDocuments,
  MAX_UPLOAD_LIMIT_BYTES,
  type Reader,
  readerFor,
  replaceDocumentContent,
  uploadLimitBytes,
} from "@penny/knowledge";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const fileSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    mime: z.string().describe("The type Penny detected from the content (not from the name)"),
    sizeBytes: z.number().int(),
    contentHash: z.string().describe("SHA-256 of the bytes"),
    collectionId: z.uuid().nullable(),
    status: z.enum(["uploaded", "ingesting", "ready", "failed"]),
    pages: z.number().int().nullable(),
    error: z.string().nullable().describe("Why ingestion failed, in words"),
    language: z.enum(["en", "es"]),
    version: z.number().int(),
    progress: z.object({ phase: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "File" });

const uploadResponse = z
  .object({
    file: fileSchema,
    jobId: z
      .uuid()
      .nullable()
      .describe("The ingestion job (watch GET /v1/jobs/{id}/events); null for tables"),
    duplicate: z
      .boolean()
      .describe("True when the same bytes were already uploaded here: nothing new was stored"),
  })
  .meta({ id: "FileUpload" });

const params = z.object({ id: z.uuid() });

/** Formats that become queryable tables (datasources), not searchable passages. */
const TABLE_FORMATS = new Set(["csv", "xlsx"]);
const TABLE_MIMES = new Set([formatMimes.csv, formatMimes.xlsx]);

async function readerOf(request: FastifyRequest, tx: Parameters<typeof readerFor>[0]): Promise<Reader> {
  const principal = principalOf(request);
  if (!principal.userId) {
    throw new PennyError("PENNY_FORBIDDEN", "Files belong to people: use a personal key or sign in.");
  }
  const reader = await readerFor(tx, principal.userId);
  if (!reader) throw new PennyError("PENNY_FORBIDDEN", "You are not an active member of this organization.");
  return reader;
}

/**
 * Uploads for knowledge: PDF, Word, HTML, Markdown and text are ingested into searchable passages by a job with
 * progress; CSV and Excel files are stored for datasources. The type comes from the bytes, never from the name.
 */
export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_LIMIT_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
  });

  /** Reads the one file part of a multipart request, enforcing the tenant's limit with a message that says it. */
  async function receiveFile(request: FastifyRequest, tenantLimit: number) {
    if (!request.isMultipart()) {
      throw new PennyError(
        "PENNY_UNSUPPORTED_MEDIA_TYPE",
        "Send the file as multipart/form-data with a part named file.",
      );
    }
    const part = await request.file();
    if (!part) throw new PennyError("PENNY_VALIDATION_FAILED", "The request has no file part.");
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
        throw new PennyError("PENNY_PAYLOAD_TOO_LARGE", tooLarge(tenantLimit));
      }
      throw error;
    }
    if (bytes.length > tenantLimit) throw new PennyError("PENNY_PAYLOAD_TOO_LARGE", tooLarge(tenantLimit));
    if (bytes.length === 0) throw new PennyError("PENNY_VALIDATION_FAILED", "The file is empty.");
    const name = printableName(part.filename);
    const detected = await detectFileType({ bytes, filename: name });
    // A zip bomb dressed as a Word or Excel file is refused now, before anything is stored.
    if (detected.format === "docx" || detected.format === "xlsx") guardZip(bytes, detected.format);
    return { bytes, name, ...detected };
  }

  app.post(
    "/v1/files",
    {
      config: { access: "knowledge:upload" },
      schema: {
        summary:
          "Upload a file (multipart/form-data, part `file`): PDF, DOCX, HTML, Markdown, text, CSV or XLSX",
        description:
          "Documents are ingested by a job (progress on GET /v1/jobs/{jobId}/events) and then searchable; CSV and XLSX are stored for datasources. The type is detected from the content. Size limit: the tenant policy knowledge.upload_max_bytes (default 25 MiB).",
        tags: ["files"],
        consumes: ["multipart/form-data"],
        querystring: z.object({
          collectionId: z.uuid().optional().describe("Put the file in this knowledge collection"),
        }),
        response: { 202: uploadResponse, 200: uploadResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { tenantId } = principal;
      const collectionId = request.query.collectionId ?? null;
      const limit = await app.database.withTenant(tenantId, async (tx) => {
        const reader = await readerOf(request, tx);
        if (collectionId) await findReadableCollection(tx, reader, collectionId);
        return uploadLimitBytes(tx);
      });
      const file = await receiveFile(request, limit);
      const stored = await app.blobStore.put(file.bytes);
      const isTable = TABLE_FORMATS.has(file.format);
      const outcome = await app.database.withTenant(tenantId, async (tx) => {
        const duplicate = await findDuplicate(tx, {
          contentHash: stored.hash,
          collectionId,
          createdBy: principal.userId,
        });
        if (duplicate) return { file: duplicate, duplicate: true };
        const created = await insertDocument(tx, {
          tenantId,
          collectionId,
          name: file.name,
          mime: file.mime,
          sizeBytes: stored.size,
          contentHash: stored.hash,
          createdBy: principal.userId,
          status: isTable ? "ready" : "uploaded",
        });
        await auditChange(tx, request, {
          tenantId,
          action: "file.upload",
          target: `file:${created.id}`,
          data: {
            name: file.name,
            mime: file.mime,
            sizeBytes: stored.size,
            sha256: stored.hash,
            collectionId,
          },
        });
        return { file: created, duplicate: false };
      });
      if (outcome.duplicate) return reply.code(200).send({ ...outcome, jobId: null });
      const job = isTable
        ? null
        : await app.jobs.enqueue({
            tenantId,
            kind: INGEST_DOCUMENT,
            subjectId: outcome.file.id,
            input: { documentId: outcome.file.id },
            createdBy: principal.userId,
          });
      return reply.code(202).send({ ...outcome, jobId: job?.id ?? null });
    },
  );

  app.get(
    "/v1/files",
    {
      config: { access: "knowledge:read" },
      schema: {
        summary:
          "Files you can read, newest first (yours outside collections, and those of collections you can read)",
        tags: ["files"],
        querystring: z.object({
          collectionId: z
            .union([z.uuid(), z.literal("none")])
            .optional()
            .describe("Only this collection; `none` for files outside any collection"),
          before: z.coerce.date().optional().describe("Page: files uploaded before this time"),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ files: z.array(fileSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { collectionId, before, limit } = request.query;
      const files = await app.database.withTenant(tenantId, async (tx) =>
        listReadableDocuments(tx, await readerOf(request, tx), {
          collectionId: collectionId === "none" ? null : collectionId,
          before,
          limit,
        }),
      );
      return { files };
    },
  );

  app.get(
    "/v1/files/:id",
    {
      config: { access: "knowledge:read" },
      schema: {
        summary: "One file: its status, pages, language and ingestion progress",
        tags: ["files"],
        params,
        response: { 200: fileSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return app.database.withTenant(tenantId, async (tx) =>
        findReadableDocument(tx, await readerOf(request, tx), request.params.id),
      );
    },
  );

  app.get(
    "/v1/files/:id/content",
    {
      config: { access: "knowledge:read" },
      schema: {
        summary: "The file's bytes (PDFs inline for the viewer; everything else as a download)",
        tags: ["files"],
        params,
        response: {
          200: { description: "The file", content: { "application/octet-stream": { schema: z.string() } } },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const blob = await app.database.withTenant(tenantId, async (tx) =>
        documentBlob(tx, await readerOf(request, tx), request.params.id),
      );
      const bytes = await app.blobStore.get(blob.blobKey);
      if (!bytes) throw new DocumentNotFoundError(request.params.id);
      return sendFile(reply, { bytes, name: blob.name, mime: blob.mime });
    },
  );

  app.put(
    "/v1/files/:id/content",
    {
      config: { access: "knowledge:upload" },
      schema: {
        summary: "Upload a new version of a file (multipart, part `file`); it is ingested again",
        tags: ["files"],
        consumes: ["multipart/form-data"],
        params,
        response: { 202: uploadResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { tenantId } = principal;
      const limit = await app.database.withTenant(tenantId, async (tx) => {
        const reader = await readerOf(request, tx);
        const current = await findReadableDocument(tx, reader, request.params.id);
        assertMayChange(reader, current.createdBy);
        return uploadLimitBytes(tx);
      });
      const file = await receiveFile(request, limit);
      const stored = await app.blobStore.put(file.bytes);
      const updated = await app.database.withTenant(tenantId, async (tx) => {
        const replaced = await replaceDocumentContent(tx, {
          documentId: request.params.id,
          name: file.name,
          mime: file.mime,
          sizeBytes: stored.size,
          contentHash: stored.hash,
        });
        await auditChange(tx, request, {
          tenantId,
          action: "file.replace",
          target: `file:${replaced.id}`,
          data: {
            name: file.name,
            mime: file.mime,
            sizeBytes: stored.size,
            sha256: stored.hash,
            version: replaced.version,
          },
        });
        return replaced;
      });
      const job = TABLE_FORMATS.has(file.format)
        ? null
        : await app.jobs.enqueue({
            tenantId,
            kind: INGEST_DOCUMENT,
            subjectId: updated.id,
            input: { documentId: updated.id },
            createdBy: principal.userId,
          });
      return reply.code(202).send({ file: updated, jobId: job?.id ?? null, duplicate: false });
    },
  );

  app.post(
    "/v1/files/:id/reingest",
    {
      config: { access: "knowledge:upload" },
      schema: {
        summary: "Ingest a file again (after a failure, or with a new embedder)",
        tags: ["files"],
        params,
        response: { 202: z.object({ jobId: z.uuid() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await app.database.withTenant(principal.tenantId, async (tx) => {
        const reader = await readerOf(request, tx);
        const current = await findReadableDocument(tx, reader, request.params.id);
        assertMayChange(reader, current.createdBy);
        if (TABLE_MIMES.has(current.mime)) {
          throw new PennyError(
            "PENNY_VALIDATION_FAILED",
            "Tables are not ingested as passages; use them as a datasource.",
          );
        }
      });
      const job = await app.jobs.enqueue({
        tenantId: principal.tenantId,
        kind: INGEST_DOCUMENT,
        subjectId: request.params.id,
        input: { documentId: request.params.id },
        createdBy: principal.userId,
      });
      return reply.code(202).send({ jobId: job.id });
    },
  );

  app.delete(
    "/v1/files/:id",
    {
      config: { access: "knowledge:upload" },
      schema: {
        summary: "Delete a file with its passages and vectors (its uploader, or an admin or manager)",
        tags: ["files"],
        params,
        response: { 204: z.null().describe("Deleted"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.database.withTenant(tenantId, async (tx) => {
        const reader = await readerOf(request, tx);
        const current = await findReadableDocument(tx, reader, request.params.id);
        assertMayChange(reader, current.createdBy);
        await deleteDocument(tx, current.id);
        await auditChange(tx, request, {
          tenantId,
          action: "file.delete",
          target: `file:${current.id}`,
          data: { name: current.name, sha256: current.contentHash },
        });
      });
      return reply.code(204).send(null);
    },
  );
};

/** Only the uploader, or someone who manages knowledge, may replace or delete a file. */
function assertMayChange(reader: Reader, createdBy: string | null): void {
  if (reader.readsEverything || (createdBy !== null && createdBy === reader.userId)) return;
  throw new PennyError(
    "PENNY_FORBIDDEN",
    "Only the person who uploaded this file, or an admin, may change it.",
  );
}

/** A stored file's bytes: PDFs inline (the viewer fetches them), anything else only as a download, never rendered. */
function sendFile(reply: FastifyReply, file: { bytes: Uint8Array; name: string; mime: string }) {
  const inline = file.mime === "application/pdf";
  return reply
    .header("content-type", inline ? "application/pdf" : "application/octet-stream")
    .header(
      "content-disposition",
      `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "sandbox; default-src 'none'")
    .header("cache-control", "private, max-age=0, must-revalidate")
    .send(Buffer.from(file.bytes));
}

/** The file's name without control characters, at most 200 characters; "upload" when nothing is left. */
function printableName(filename: string | undefined): string {
  const kept = [...(filename ?? "")].filter((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f;
  });
  return kept.join("").trim().slice(0, 200) || "upload";
}

function tooLarge(limit: number): string {
  const size =
    limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MiB` : `${Math.ceil(limit / 1024)} KiB`;
  return `The file is larger than this organization's upload limit of ${size}.`;
}
