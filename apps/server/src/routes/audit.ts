import { Readable } from "node:stream";
import {
  auditFiltersSchema,
  auditListQuerySchema,
  exportAuditEvents,
  listAuditEvents,
  verifyAuditChain,
} from "@penny/audit";
import { schema } from "@penny/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const eventSchema = z.object({
  id: z.uuid(),
  seq: z.number(),
  createdAt: z.date(),
  actorType: z.enum(schema.auditActorTypes),
  actorId: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.enum(schema.auditOutcomes),
  data: z.record(z.string(), z.unknown()),
  payloadHash: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

const verifySchema = z.object({
  ok: z.boolean(),
  count: z.number().describe("Events that verified (all, or those before the break)"),
  lastHash: z
    .string()
    .nullable()
    .optional()
    .describe("Head of an intact chain; keep it elsewhere to detect truncation"),
  broken: z
    .object({ seq: z.number(), eventId: z.string(), reason: z.string() })
    .optional()
    .describe("The first event that does not verify"),
});

/** The active tenant's tamper-evident audit log: read, export as JSON Lines, verify the hash chain. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/audit",
    {
      config: { access: "audit:read" },
      schema: {
        summary: "Audit events, newest first, with filters and cursor pagination",
        tags: ["audit"],
        querystring: auditListQuerySchema,
        response: {
          200: z.object({ events: z.array(eventSchema), nextCursor: z.string().nullable() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { cursor, limit, ...filters } = request.query;
      return app.database.withTenant(tenantId, (tx) =>
        listAuditEvents(tx, { tenantId, filters, cursor, limit }),
      );
    },
  );

  app.get(
    "/v1/audit/export",
    {
      config: { access: "audit:read" },
      schema: {
        summary:
          "Every matching audit event, oldest first, as JSON Lines (hashes included, to re-verify offline)",
        tags: ["audit"],
        querystring: auditFiltersSchema,
        produces: ["application/x-ndjson"],
        response: { 200: z.string().describe("One JSON event per line"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      reply
        .type("application/x-ndjson; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.jsonl"`,
        );
      // Streamed page by page, so a long log never sits in memory whole.
      // The response schema documents the body; a stream is sent as it is, never serialized.
      return reply.send(
        Readable.from(exportAuditEvents(app.database, tenantId, request.query)) as unknown as string,
      );
    },
  );

  app.get(
    "/v1/audit/verify",
    {
      config: { access: "audit:read" },
      schema: {
        summary: "Recompute the hash chain and report the first broken link, if any",
        tags: ["audit"],
        response: { 200: verifySchema, ...problemResponses },
      },
    },
    async (request) => verifyAuditChain(app.database, principalOf(request).tenantId),
  );
};
