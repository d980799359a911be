import { recordAudit } from "@penny/audit";
import {
  AuthError,
  createSession,
  loginWithPassword,
  MFA_PENDING_TTL_MS,
  revokeSession,
  SESSION_TTL_MS,
  secondFactorDue,
} from "@penny/auth";
import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange, auditContext } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";
import { SESSION_COOKIE } from "../plugins/authentication.ts";
import { describeMe, meSchema } from "./me-view.ts";

const mfaPendingSchema = z
  .object({
    mfa: z
      .enum(["verify", "enrol"])
      .describe("verify: send a code to /v1/auth/mfa/verify; enrol: set up MFA first"),
    csrfToken: z.string(),
  })
  .describe("The password was right; a second factor is still owed");

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, ttlMs: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: Math.floor(ttlMs / 1000),
  });
}

const loginBody = z.object({
  email: z.email("must be an email address").max(320),
  password: z.string().min(1, "is required").max(1024),
  tenant: z.string().min(1).max(100).optional().describe("Slug of the tenant to enter; default: your oldest"),
});

/** Sign-in with email and password, and sign-out. Both are audited in the tenant concerned. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/v1/auth/login",
    {
      config: { access: "public" },
      schema: {
        summary: "Sign in with email and password; sets the session cookie",
        tags: ["auth"],
        body: loginBody,
        response: { 200: z.union([meSchema, mfaPendingSchema]), ...problemResponses },
      },
    },
    async (request, reply) => {
      const context = auditContext(request);
      const login = await loginWithPassword(app.database, {
        email: request.body.email,
        password: request.body.password,
        tenantSlug: request.body.tenant,
        ip: request.ip,
        onFailure: async ({ userId, reason }) => {
          const tenants = await app.database.withPlatform((tx) =>
            tx
              .select({ tenantId: schema.memberships.tenantId })
              .from(schema.memberships)
              .where(eq(schema.memberships.userId, userId)),
          );
          for (const { tenantId } of tenants) {
            await app.database.withTenant(tenantId, (tx) =>
              recordAudit(tx, {
                ...context,
                tenantId,
                actor: { type: "anonymous" },
                action: "auth.login",
                target: `user:${userId}`,
                outcome: "failure",
                data: { reason },
              }),
            );
          }
        },
      });
      const due = await secondFactorDue(app.database, { userId: login.userId, tenantId: login.tenantId });
      const { token, session } = await createSession(app.database, {
        userId: login.userId,
        tenantId: login.tenantId,
        ip: request.ip,
        userAgent: request.headers["user-agent"],
        ...(due === "none" ? {} : { stage: "mfa_pending" as const, ttlMs: MFA_PENDING_TTL_MS }),
      });
      await app.database.withTenant(login.tenantId, (tx) =>
        recordAudit(tx, {
          ...context,
          tenantId: login.tenantId,
          actor: { type: "user", id: login.userId },
          action: "auth.login",
          target: `user:${login.userId}`,
          data: { method: "password", secondFactor: due },
        }),
      );
      setSessionCookie(
        reply,
        token,
        request.protocol === "https",
        due === "none" ? SESSION_TTL_MS : MFA_PENDING_TTL_MS,
      );
      if (due !== "none") return { mfa: due, csrfToken: app.csrfTokenFor(session.id) };
      return describeMe(app, {
        via: "session",
        userId: login.userId,
        tenantId: login.tenantId,
        role: login.role,
        sessionId: session.id,
      });
    },
  );

  app.post(
    "/v1/auth/logout",
    {
      config: { access: "session" },
      schema: {
        summary: "Sign out: revoke this session and clear its cookie",
        tags: ["auth"],
        response: { 204: z.null().describe("Signed out"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (!principal.sessionId || !principal.userId) throw new AuthError("PENNY_FORBIDDEN", "Not a session.");
      await revokeSession(app.database, { sessionId: principal.sessionId, userId: principal.userId });
      await app.database.withTenant(principal.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "auth.logout",
          target: `session:${principal.sessionId}`,
        }),
      );
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );
};
