import {
  AuthError,
  beginTotpEnrolment,
  confirmTotpEnrolment,
  createSession,
  disableMfa,
  isMfaRequired,
  MfaCodeInvalidError,
  mfaStatus,
  recentFailures,
  recordFailure,
  regenerateRecoveryCodes,
  revokeSession,
  SESSION_TTL_MS,
  setMfaRequired,
  verifySecondFactor,
} from "@penny/auth";
import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";
import type { PendingSession } from "../plugins/authentication.ts";
import { setSessionCookie } from "./auth.ts";
import { describeMe, meSchema } from "./me-view.ts";

/** Wrong codes a pending session may send before it is ended and the person must sign in again. */
export const MFA_ATTEMPTS_PER_SESSION = 5;

const codeBody = z.object({
  code: z.string().trim().min(6, "must be a 6-digit code or a recovery code").max(32),
});

/**
 * Second factor: TOTP enrolment with recovery codes, the step after a correct password, and the tenant policy
 * that makes it required. Finishing MFA replaces the pending session with a new one (a fresh token).
 */
export const mfaRoutes: FastifyPluginAsyncZod = async (app) => {
  const masterKey = app.masterKey;

  async function promote(request: FastifyRequest, reply: FastifyReply, pending: PendingSession) {
    const { token, session } = await createSession(app.database, {
      userId: pending.userId,
      tenantId: pending.tenantId,
      ip: request.ip,
      userAgent: request.headers["user-agent"],
      mfaVerified: true,
    });
    await revokeSession(app.database, { sessionId: pending.id, userId: pending.userId });
    setSessionCookie(reply, token, request.protocol === "https", SESSION_TTL_MS);
    const [membership] = await app.database.withTenant(pending.tenantId, (tx) =>
      tx
        .select({ role: schema.memberships.role })
        .from(schema.memberships)
        .where(eq(schema.memberships.userId, pending.userId)),
    );
    if (!membership) throw new AuthError("PENNY_UNAUTHENTICATED", "Your membership ended; sign in again.");
    return describeMe(app, {
      via: "session",
      userId: pending.userId,
      tenantId: pending.tenantId,
      role: membership.role,
      sessionId: session.id,
    });
  }

  const audit = (
    request: FastifyRequest,
    tenantId: string,
    userId: string,
    action: string,
    outcome: "success" | "failure",
    data = {},
  ) =>
    app.database.withTenant(tenantId, (tx) =>
      auditChange(tx, request, {
        actor: { type: "user", id: userId },
        tenantId,
        action,
        target: `user:${userId}`,
        outcome,
        data,
      }),
    );

  app.post(
    "/v1/auth/mfa/verify",
    {
      config: { access: "mfa-pending" },
      schema: {
        summary: "Finish signing in with a TOTP code or a recovery code",
        tags: ["auth", "mfa"],
        body: codeBody,
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const pending = request.pendingSession as PendingSession;
      const attemptKey = `mfa:${pending.id}`;
      const failures = await recentFailures(app.database, attemptKey, 15);
      if (failures >= MFA_ATTEMPTS_PER_SESSION) {
        await revokeSession(app.database, { sessionId: pending.id, userId: pending.userId }).catch(() => {});
        throw new AuthError(
          "PENNY_LOGIN_THROTTLED",
          "Too many wrong codes. Sign in again with your password.",
        );
      }
      try {
        const { method } = await verifySecondFactor(app.database, masterKey, {
          userId: pending.userId,
          code: request.body.code,
        });
        await audit(request, pending.tenantId, pending.userId, "auth.mfa_verify", "success", { method });
      } catch (error) {
        if (error instanceof MfaCodeInvalidError) {
          await recordFailure(app.database, attemptKey, request.ip);
          await audit(request, pending.tenantId, pending.userId, "auth.mfa_verify", "failure");
        }
        throw error;
      }
      return promote(request, reply, pending);
    },
  );

  app.post(
    "/v1/auth/mfa/enrol",
    {
      config: { access: "session-or-mfa-pending" },
      schema: {
        summary: "Start TOTP enrolment: scan the QR code, then confirm with a code",
        tags: ["mfa"],
        response: {
          200: z.object({
            otpauthUri: z.string(),
            qrCodeSvg: z.string(),
            secret: z.string().describe("Base32, for typing into an app by hand; shown only now"),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const userId = request.pendingSession?.userId ?? principalOf(request).userId ?? "";
      const [user] = await app.database.withPlatform((tx) =>
        tx.select({ email: schema.users.email }).from(schema.users).where(eq(schema.users.id, userId)),
      );
      const enrolment = await beginTotpEnrolment(app.database, masterKey, {
        userId,
        accountName: user?.email ?? userId,
      });
      return { otpauthUri: enrolment.otpauthUri, qrCodeSvg: enrolment.qrCodeSvg, secret: enrolment.secret };
    },
  );

  app.post(
    "/v1/auth/mfa/confirm",
    {
      config: { access: "session-or-mfa-pending" },
      schema: {
        summary: "Confirm TOTP enrolment with a code; returns recovery codes (shown once)",
        tags: ["mfa"],
        body: codeBody,
        response: {
          200: z.object({ recoveryCodes: z.array(z.string()), me: meSchema.optional() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const pending = request.pendingSession;
      const userId = pending?.userId ?? principalOf(request).userId ?? "";
      const tenantId = pending?.tenantId ?? principalOf(request).tenantId;
      const { recoveryCodes } = await confirmTotpEnrolment(app.database, masterKey, {
        userId,
        code: request.body.code,
      });
      await audit(request, tenantId, userId, "mfa.enrol", "success");
      if (pending) return { recoveryCodes, me: await promote(request, reply, pending) };
      return { recoveryCodes };
    },
  );

  app.get(
    "/v1/me/mfa",
    {
      config: { access: "session" },
      schema: {
        summary: "Whether you have MFA, and how many recovery codes are left",
        tags: ["mfa"],
        response: {
          200: z.object({
            enrolled: z.boolean(),
            confirmedAt: z.date().nullable(),
            recoveryCodesLeft: z.number(),
            requiredByTenant: z.boolean(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        ...(await mfaStatus(app.database, principal.userId ?? "")),
        requiredByTenant: await isMfaRequired(app.database, principal.tenantId),
      };
    },
  );

  app.post(
    "/v1/me/mfa/disable",
    {
      config: { access: "session" },
      schema: {
        summary: "Turn MFA off (needs a current code; refused where the tenant requires MFA)",
        tags: ["mfa"],
        body: codeBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const userId = principal.userId ?? "";
      if (await isMfaRequired(app.database, principal.tenantId)) {
        throw new AuthError("PENNY_CONFLICT", "This tenant requires MFA, so it cannot be turned off.");
      }
      await verifySecondFactor(app.database, masterKey, { userId, code: request.body.code });
      await disableMfa(app.database, { userId });
      await audit(request, principal.tenantId, userId, "mfa.disable", "success");
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/v1/me/mfa/recovery-codes",
    {
      config: { access: "session" },
      schema: {
        summary: "Replace your recovery codes (needs a current code); the old ones stop working",
        tags: ["mfa"],
        body: codeBody,
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const userId = principal.userId ?? "";
      await verifySecondFactor(app.database, masterKey, { userId, code: request.body.code });
      const result = await regenerateRecoveryCodes(app.database, { userId });
      await audit(request, principal.tenantId, userId, "mfa.recovery_codes_regenerate", "success");
      return result;
    },
  );

  app.get(
    "/v1/policies/mfa",
    {
      config: { access: "policies:manage" },
      schema: {
        summary: "Whether the tenant requires MFA of every member",
        tags: ["mfa", "policies"],
        response: { 200: z.object({ required: z.boolean() }), ...problemResponses },
      },
    },
    async (request) => ({ required: await isMfaRequired(app.database, principalOf(request).tenantId) }),
  );

  app.put(
    "/v1/policies/mfa",
    {
      config: { access: "policies:manage" },
      schema: {
        summary: "Require MFA for every member of the tenant, or not",
        tags: ["mfa", "policies"],
        body: z.object({ required: z.boolean() }),
        response: { 200: z.object({ required: z.boolean() }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await setMfaRequired(app.database, principal.tenantId, request.body.required);
      await app.database.withTenant(principal.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "policy.mfa_required",
          target: "policy:mfa.required",
          data: { required: request.body.required },
        }),
      );
      return { required: request.body.required };
    },
  );
};
