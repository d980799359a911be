import {
  addGroupMember,
  createGroup,
  deleteGroup,
  listGroupMembers,
  listGroups,
  removeGroupMember,
} from "@penny/auth";
import type { Tx } from "@penny/db";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const groupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  externalId: z.string().nullable().describe("Set when the group comes from the directory (SCIM)"),
  memberCount: z.number(),
  createdAt: z.date(),
});
const groupParams = z.object({ groupId: z.uuid("must be a group id") });
const memberParams = groupParams.extend({ userId: z.uuid("must be a user id") });

/** Groups of members, the subjects of grants alongside roles and single people. */
export const groupRoutes: FastifyPluginAsyncZod = async (app) => {
  const audit =
    (request: FastifyRequest, action: string, target: string, data: Record<string, unknown> = {}) =>
    (tx: Tx) =>
      auditChange(tx, request, {
        tenantId: principalOf(request).tenantId,
        action,
        target,
        data,
      });

  app.get(
    "/v1/groups",
    {
      config: { access: "members:read" },
      schema: {
        summary: "Groups of the active tenant",
        tags: ["groups"],
        response: { 200: z.object({ groups: z.array(groupSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ groups: await listGroups(app.database, principalOf(request).tenantId) }),
  );

  app.get(
    "/v1/groups/:groupId/members",
    {
      config: { access: "members:read" },
      schema: {
        summary: "The members of a group, by name",
        tags: ["groups"],
        params: z.object({ groupId: z.uuid() }),
        response: {
          200: z.object({
            members: z.array(
              z.object({ userId: z.uuid(), name: z.string(), email: z.string(), addedAt: z.date() }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      members: await listGroupMembers(app.database, {
        tenantId: principalOf(request).tenantId,
        groupId: request.params.groupId,
      }),
    }),
  );

  app.post(
    "/v1/groups",
    {
      config: { access: "groups:manage" },
      schema: {
        summary: "Create a group",
        tags: ["groups"],
        body: z.object({
          name: z.string().trim().min(1, "is required").max(200),
          description: z.string().max(1000).optional(),
        }),
        response: { 201: groupSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const group = await createGroup(app.database, {
        tenantId: principalOf(request).tenantId,
        ...request.body,
        audit: (tx, groupId) =>
          audit(request, "group.create", `group:${groupId}`, { name: request.body.name })(tx),
      });
      return reply.code(201).send(group);
    },
  );

  app.delete(
    "/v1/groups/:groupId",
    {
      config: { access: "groups:manage" },
      schema: {
        summary: "Delete a group and the grants made to it",
        tags: ["groups"],
        params: groupParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteGroup(app.database, {
        tenantId: principalOf(request).tenantId,
        groupId: request.params.groupId,
        audit: audit(request, "group.delete", `group:${request.params.groupId}`),
      });
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/v1/groups/:groupId/members/:userId",
    {
      config: { access: "groups:manage" },
      schema: {
        summary: "Add a member to a group",
        tags: ["groups"],
        params: memberParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { groupId, userId } = request.params;
      await addGroupMember(app.database, {
        tenantId: principalOf(request).tenantId,
        groupId,
        userId,
        audit: audit(request, "group.member_add", `group:${groupId}`, { userId }),
      });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/v1/groups/:groupId/members/:userId",
    {
      config: { access: "groups:manage" },
      schema: {
        summary: "Remove a member from a group",
        tags: ["groups"],
        params: memberParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { groupId, userId } = request.params;
      await removeGroupMember(app.database, {
        tenantId: principalOf(request).tenantId,
        groupId,
        userId,
        audit: audit(request, "group.member_remove", `group:${groupId}`, { userId }),
      });
      return reply.code(204).send(null);
    },
  );
};
