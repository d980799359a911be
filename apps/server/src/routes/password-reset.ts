import { requestPasswordReset, resetPassword } from "@penny/auth";
import { publicBaseUrl } from "@penny/mail";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";

const ANSWER = "If an account uses this address, a link to reset its password is on its way.";

/** Forgotten passwords: a single-use link by mail, then a new password that ends every session of the account. */
export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  const baseUrl = publicBaseUrl(app.config);

  app.post(
    "/v1/auth/password-reset",
    {
      config: { access: "public" },
      schema: {
        summary: "Ask for a password reset link (the answer never says whether the account exists)",
        tags: ["auth"],
        body: z.object({ email: z.email("must be an email address").max(320) }),
        response: { 202: z.object({ message: z.string() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(app.database, {
        email: request.body.email,
        mailer: app.mailer,
        baseUrl,
        ip: request.ip,
      });
      return reply.code(202).send({ message: ANSWER });
    },
  );

  app.post(
    "/v1/auth/password-reset/:token",
    {
      config: { access: "public" },
      schema: {
        summary: "Set a new password with the mailed link; every session of the account ends",
        tags: ["auth"],
        params: z.object({ token: z.string().min(1).max(200) }),
        body: z.object({ password: z.string().min(1, "is required").max(1024) }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { userId, tenantIds } = await resetPassword(app.database, {
        token: request.params.token,
        password: request.body.password,
      });
      for (const tenantId of tenantIds) {
        await app.database.withTenant(tenantId, (tx) =>
          auditChange(tx, request, {
            tenantId,
            actor: { type: "user", id: userId },
            action: "auth.password_reset",
            target: `user:${userId}`,
          }),
        );
      }
      return reply.code(204).send(null);
    },
  );
};
