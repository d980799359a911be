import {
  AuthError,
  CurrentPasswordWrongError,
  changePassword,
  listSessions,
  PASSWORD_MAX_LENGTH,
  revokeSession,
  switchSessionTenant,
  updateProfile,
} from "@penny/auth";
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

  app.patch(
    "/v1/me",
    {
      config: { access: "session" },
      schema: {
        summary: "Change your own name (shown in every organization you belong to)",
        tags: ["auth"],
        body: z.object({
          name: z
            .string()
            .trim()
            .min(1, "must not be empty")
            .max(200, "must be at most 200 characters")
            .refine((name) => !/[\p{Cc}]/u.test(name), "must not contain control characters"),
        }),
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.userId) throw new AuthError("PENNY_FORBIDDEN", "Not a session.");
      await updateProfile(app.database, { userId: principal.userId, name: request.body.name });
      await app.database.withTenant(principal.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "auth.profile_update",
          target: `user:${principal.userId}`,
        }),
      );
      return describeMe(app, {
        ...principal,
        sessionId: principal.sessionId,
        permissions: principal.permissions,
      });
    },
  );

  app.post(
    "/v1/me/password",
    {
      config: { access: "session" },
      schema: {
        summary: "Change your own password; your other sessions end, this one stays",
        tags: ["auth"],
        body: z.object({
          currentPassword: z.string().min(1, "is required").max(PASSWORD_MAX_LENGTH),
          newPassword: z.string().min(1, "is required").max(PASSWORD_MAX_LENGTH),
        }),
        response: {
          200: z.object({ endedSessions: z.int().describe("How many other sessions were signed out") }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.userId) throw new AuthError("PENNY_FORBIDDEN", "Not a session.");
      const userId = principal.userId;
      const result = await changePassword(app.database, {
        userId,
        currentSessionId: principal.sessionId,
        currentPassword: request.body.currentPassword,
        newPassword: request.body.newPassword,
        ip: request.ip,
      }).catch(async (error: unknown) => {
        // A wrong current password on a live session may be someone else at the keyboard: the tenant sees it.
        if (error instanceof CurrentPasswordWrongError) {
          await app.database.withTenant(principal.tenantId, (tx) =>
            auditChange(tx, request, {
              tenantId: principal.tenantId,
              action: "auth.password_change",
              outcome: "failure",
              target: `user:${userId}`,
            }),
          );
        }
        throw error;
      });
      await app.database.withTenant(principal.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "auth.password_change",
          target: `user:${principal.userId}`,
          data: { endedSessions: result.endedSessions },
        }),
      );
      return result;
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
