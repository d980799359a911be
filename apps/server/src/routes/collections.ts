import { memberRoles, schema } from "@penny/db";
import {
  deleteCollection,
  findReadableCollection,
  insertCollection,
  listReadableCollections,
  readerFor,
  updateCollection,
} from "@penny/knowledge";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const accessSchema = z
  .object({
    roles: z.array(z.enum(memberRoles)).max(4).optional().describe("Roles that may read it"),
    groups: z.array(z.uuid()).max(100).optional().describe("Groups (ids) that may read it"),
  })
  .describe("Who may read the collection; no roles and no groups means every member");

const collectionSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    access: z.object({ roles: z.array(z.string()).optional(), groups: z.array(z.string()).optional() }),
    documentCount: z.number().int(),
    createdAt: z.date(),
  })
  .meta({ id: "Collection" });

const name = z.string().trim().min(1, "Give the collection a name.").max(120);
const params = z.object({ id: z.uuid() });

/** Knowledge collections: groups of documents with their own readers (roles, groups). */
export const collectionRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Refuses a name another collection has, and groups that are not this tenant's. */
  async function checkCollection(
    tx: Parameters<Parameters<typeof app.database.withTenant>[1]>[0],
    input: { name?: string; groups?: string[]; exceptId?: string },
  ) {
    if (input.name !== undefined) {
      const taken = await tx
        .select({ id: schema.collections.id })
        .from(schema.collections)
        .where(
          and(
            sql`lower(${schema.collections.name}) = lower(${input.name})`,
            input.exceptId ? ne(schema.collections.id, input.exceptId) : undefined,
          ),
        );
      if (taken.length > 0)
        throw new PennyError("PENNY_CONFLICT", `A collection named "${input.name}" exists.`);
    }
    if (input.groups && input.groups.length > 0) {
      const found = await tx
        .select({ id: schema.groups.id })
        .from(schema.groups)
        .where(inArray(schema.groups.id, input.groups));
      if (found.length !== new Set(input.groups).size) {
        throw new PennyError(
          "PENNY_VALIDATION_FAILED",
          "One of the groups does not exist in this organization.",
        );
      }
    }
  }

  app.get(
    "/v1/collections",
    {
      config: { access: "knowledge:read" },
      schema: {
        summary: "Knowledge collections you can read, with how many files each holds",
        tags: ["files"],
        response: { 200: z.object({ collections: z.array(collectionSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const collections = await app.database.withTenant(principal.tenantId, async (tx) => {
        const reader = principal.userId ? await readerFor(tx, principal.userId) : null;
        return reader ? listReadableCollections(tx, reader) : [];
      });
      return { collections };
    },
  );

  app.post(
    "/v1/collections",
    {
      config: { access: "knowledge:manage" },
      schema: {
        summary: "Create a knowledge collection and say who may read it",
        tags: ["files"],
        body: z.object({
          name,
          description: z.string().trim().max(500).default(""),
          access: accessSchema.default({}),
        }),
        response: { 201: collectionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await app.database.withTenant(principal.tenantId, async (tx) => {
        await checkCollection(tx, { name: request.body.name, groups: request.body.access.groups });
        const collection = await insertCollection(tx, {
          tenantId: principal.tenantId,
          name: request.body.name,
          description: request.body.description,
          access: request.body.access,
          createdBy: principal.userId,
        });
        await auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "collection.create",
          target: `collection:${collection.id}`,
          data: {
            name: collection.name,
            roles: request.body.access.roles ?? [],
            groups: request.body.access.groups ?? [],
          },
        });
        return collection;
      });
      return reply.code(201).send(created);
    },
  );

  app.patch(
    "/v1/collections/:id",
    {
      config: { access: "knowledge:manage" },
      schema: {
        summary: "Rename a collection, or change its description or readers",
        tags: ["files"],
        params,
        body: z
          .object({
            name: name.optional(),
            description: z.string().trim().max(500).optional(),
            access: accessSchema.optional(),
          })
          .refine((body) => Object.keys(body).length > 0, "Say what to change: name, description or access."),
        response: { 200: collectionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return app.database.withTenant(principal.tenantId, async (tx) => {
        const reader = principal.userId ? await readerFor(tx, principal.userId) : null;
        if (!reader) throw new PennyError("PENNY_FORBIDDEN", "Sign in as a member to change collections.");
        await findReadableCollection(tx, reader, request.params.id);
        await checkCollection(tx, {
          ...request.body,
          groups: request.body.access?.groups,
          exceptId: request.params.id,
        });
        await updateCollection(tx, { collectionId: request.params.id, ...request.body });
        await auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "collection.update",
          target: `collection:${request.params.id}`,
          data: { changed: Object.keys(request.body).join(",") },
        });
        return findReadableCollection(tx, reader, request.params.id);
      });
    },
  );

  app.delete(
    "/v1/collections/:id",
    {
      config: { access: "knowledge:manage" },
      schema: {
        summary: "Delete a collection with its files, passages and vectors",
        tags: ["files"],
        params,
        response: { 204: z.null().describe("Deleted"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await app.database.withTenant(principal.tenantId, async (tx) => {
        const [row] = await tx
          .select({ name: schema.collections.name })
          .from(schema.collections)
          .where(eq(schema.collections.id, request.params.id));
        await deleteCollection(tx, request.params.id);
        await auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "collection.delete",
          target: `collection:${request.params.id}`,
          data: { name: row?.name ?? null },
        });
      });
      return reply.code(204).send(null);
    },
  );
};
