import {
  AuthError,
  changeMemberRole,
  listMembers,
  removeMember,
  revokeUserSessionsInTenant,
} from "@penny/auth";
import { memberRoles } from "@penny/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(memberRoles),
  status: z.enum(["active", "suspended"]),
  joinedAt: z.date(),
});

const memberParams = z.object({ userId: z.uuid("must be a user id") });

/** The active tenant's members: list, change a role, remove. */
export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/members",
    {
      config: { access: "members:read" },
      schema: {
        summary: "Members of the active tenant",
        tags: ["members"],
        response: { 200: z.object({ members: z.array(memberSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ members: await listMembers(app.database, principalOf(request).tenantId) }),
  );

  app.patch(
    "/v1/members/:userId",
    {
      config: { access: "members:manage" },
      schema: {
        summary: "Change a member's role",
        tags: ["members"],
        params: memberParams,
        body: z.object({ role: z.enum(memberRoles) }),
        response: { 200: z.object({ userId: z.uuid(), role: z.enum(memberRoles) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.role) throw new AuthError("PENNY_FORBIDDEN", "A service key cannot change roles.");
      const { userId } = request.params;
      await changeMemberRole(app.database, {
        tenantId: principal.tenantId,
        actorRole: principal.role,
        userId,
        role: request.body.role,
        audit: (tx, change) =>
          auditChange(tx, request, {
            tenantId: principal.tenantId,
            action: "member.role_change",
            target: `user:${userId}`,
            data: { from: change.previousRole, to: request.body.role },
          }),
      });
      return { userId, role: request.body.role };
    },
  );

  app.delete(
    "/v1/members/:userId",
    {
      config: { access: "members:manage" },
      schema: {
        summary: "Remove a member from the tenant; their sessions here and their keys end at once",
        tags: ["members"],
        params: memberParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (!principal.role) throw new AuthError("PENNY_FORBIDDEN", "A service key cannot remove members.");
      const { userId } = request.params;
      await removeMember(app.database, {
        tenantId: principal.tenantId,
        actorRole: principal.role,
        userId,
        audit: (tx, removed) =>
          auditChange(tx, request, {
            tenantId: principal.tenantId,
            action: "member.remove",
            target: `user:${userId}`,
            data: { role: removed.role },
          }),
      });
      await revokeUserSessionsInTenant(app.database, { userId, tenantId: principal.tenantId });
      return reply.code(204).send(null);
    },
  );
};
