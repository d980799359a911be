import { AuthError, listSessions, revokeSession, switchSessionTenant } from "@penny/auth";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";
import { describeMe, meSchema } from "./me-view.ts";

const sessionSchema = z.object({
  id: z.uuid(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  current: z.boolean(),
});

/** The caller's own account: who am I, which tenant, which sessions. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/me",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "The caller: account, active tenant, role, permissions and CSRF token",
        tags: ["auth"],
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return describeMe(app, {
        ...principal,
        sessionId: principal.sessionId,
        permissions: principal.permissions,
      });
    },
  );

  app.post(
    "/v1/me/tenant",
    {
      config: { access: "session" },
      schema: {
        summary: "Switch the session's active tenant",
        tags: ["auth"],
        body: z.object({
          tenant: z.string().min(1).max(100).describe("Slug of a tenant you are a member of"),
        }),
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.sessionId || !principal.userId) throw new AuthError("PENNY_FORBIDDEN", "Not a session.");
      const switched = await switchSessionTenant(app.database, {
        sessionId: principal.sessionId,
        userId: principal.userId,
        tenantSlug: request.body.tenant,
      });
      await app.database.withTenant(switched.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: switched.tenantId,
          action: "auth.tenant_switch",
          target: `user:${principal.userId}`,
        }),
      );
      return describeMe(app, {
        via: "session",
        userId: principal.userId,
        tenantId: switched.tenantId,
        role: switched.role,
        sessionId: principal.sessionId,
      });
    },
  );

  app.get(
    "/v1/me/sessions",
    {
      config: { access: "session" },
      schema: {
        summary: "Your signed-in sessions",
        tags: ["auth"],
        response: { 200: z.object({ sessions: z.array(sessionSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const sessions = await listSessions(app.database, principal.userId ?? "");
      return {
        sessions: sessions.map((session) => ({ ...session, current: session.id === principal.sessionId })),
      };
    },
  );

  app.delete(
    "/v1/me/sessions/:sessionId",
    {
      config: { access: "session" },
      schema: {
        summary: "Sign out one of your sessions",
        tags: ["auth"],
        params: z.object({ sessionId: z.uuid("must be a session id") }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await revokeSession(app.database, {
        sessionId: request.params.sessionId,
        userId: principal.userId ?? "",
      });
      await app.database.withTenant(principal.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "auth.session_revoke",
          target: `session:${request.params.sessionId}`,
        }),
      );
      return reply.code(204).send(null);
    },
  );
};
