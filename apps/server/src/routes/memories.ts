import {
  addMemory,
  deleteAllMemories,
  deleteMemory,
  listMemories,
  MAX_MEMORIES_PER_USER,
  MAX_MEMORY_LENGTH,
} from "@penny/chat";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { callerOf } from "../chat-caller.ts";
import { problemResponses } from "../errors/problem-document.ts";

const memorySchema = z
  .object({
    id: z.uuid(),
    content: z.string(),
    source: z
      .string()
      .nullable()
      .describe("`conversation:<id>/message:<id>` when said in a chat; null when added here"),
    createdAt: z.date(),
  })
  .meta({ id: "Memory" });

/**
 * A person's memory: the facts the assistant keeps about them and recalls into their conversations. Only its
 * owner sees or changes it; admins of the tenant too see only their own. Changes are audited without the content.
 */
export const memoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/memories",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "What the assistant remembers about you, newest first",
        tags: ["memory"],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(MAX_MEMORIES_PER_USER).default(50),
          cursor: z.string().max(200).optional().describe("From nextCursor of the previous page"),
        }),
        response: {
          200: z.object({ memories: z.array(memorySchema), nextCursor: z.string().nullable() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return app.database.withTenant(caller.tenantId, (tx) =>
        listMemories(tx, { userId: caller.userId, ...request.query }),
      );
    },
  );

  app.post(
    "/v1/memories",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Remember a fact about you (201); the same fact again returns the one kept (200)",
        tags: ["memory"],
        body: z.object({
          content: z
            .string()
            .trim()
            .min(1, "must not be empty")
            .max(MAX_MEMORY_LENGTH, `must be at most ${MAX_MEMORY_LENGTH} characters`),
        }),
        response: {
          200: z.object({ memory: memorySchema }),
          201: z.object({ memory: memorySchema }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { memory, created } = await app.database.withTenant(caller.tenantId, async (tx) => {
        const added = await addMemory(tx, {
          tenantId: caller.tenantId,
          userId: caller.userId,
          content: request.body.content,
        });
        if (added.created) {
          await auditChange(tx, request, {
            tenantId: caller.tenantId,
            action: "memory.create",
            target: `memory:${added.memory.id}`,
            data: { via: "api" },
            payload: { content: added.memory.content },
          });
        }
        return added;
      });
      return reply.code(created ? 201 : 200).send({ memory });
    },
  );

  app.delete(
    "/v1/memories/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Forget one fact",
        tags: ["memory"],
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null().describe("Forgotten"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await app.database.withTenant(caller.tenantId, async (tx) => {
        const deleted = await deleteMemory(tx, { userId: caller.userId, memoryId: request.params.id });
        await auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "memory.delete",
          target: `memory:${deleted.id}`,
          data: { via: "api" },
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/v1/memories",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Forget everything the assistant remembers about you",
        tags: ["memory"],
        response: {
          200: z.object({ deleted: z.number().int().describe("How many facts were forgotten") }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const deleted = await app.database.withTenant(caller.tenantId, async (tx) => {
        const count = await deleteAllMemories(tx, { userId: caller.userId });
        if (count > 0) {
          await auditChange(tx, request, {
            tenantId: caller.tenantId,
            action: "memory.delete_all",
            target: `user:${caller.userId}`,
            data: { count },
          });
        }
        return count;
      });
      return { deleted };
    },
  );
};
