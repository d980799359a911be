import { recordAudit } from "@penny/audit";
import { createScimToken, listScimTokens, revokeScimToken, type ScimTokenView } from "@penny/auth";
import type { Tx } from "@penny/db";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditContext } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const tokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("The first characters of the token, to recognise it"),
  createdBy: z.uuid().nullable(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** Administrators manage the tenant's SCIM tokens: what a directory (Entra ID, Okta, …) authenticates with. */
export const scimTokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const audit = (request: FastifyRequest, action: string) => (tx: Tx, token: ScimTokenView) =>
    recordAudit(tx, {
      ...auditContext(request),
      tenantId: principalOf(request).tenantId,
      action,
      target: `api_key:${token.id}`,
      data: { kind: "scim", name: token.name, prefix: token.prefix },
    }).then(() => undefined);

  app.get(
    "/v1/scim-tokens",
    {
      config: { access: "members:manage" },
      schema: {
        summary: "The tenant's SCIM tokens, revoked ones included",
        tags: ["scim"],
        response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ tokens: await listScimTokens(app.database, principalOf(request).tenantId) }),
  );

  app.post(
    "/v1/scim-tokens",
    {
      config: { access: "members:manage" },
      schema: {
        summary:
          "Create a SCIM token for the tenant's directory; the response is the only time its secret is shown",
        tags: ["scim"],
        body: z.object({
          name: z.string().trim().min(1, "is required").max(100),
          expiresInDays: z.number().int().min(1).max(730).optional().describe("Default: never expires"),
        }),
        response: {
          201: z.object({
            token: tokenSchema,
            secret: z.string().describe("Shown once: paste it into the directory as the bearer token"),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { expiresInDays } = request.body;
      const created = await createScimToken(app.database, {
        tenantId: principal.tenantId,
        createdBy: principal.userId,
        name: request.body.name,
        expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : undefined,
        audit: audit(request, "scim_token.create"),
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    "/v1/scim-tokens/:tokenId",
    {
      config: { access: "members:manage" },
      schema: {
        summary: "Revoke a SCIM token at once",
        tags: ["scim"],
        params: z.object({ tokenId: z.uuid("must be a token id") }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await revokeScimToken(app.database, {
        tenantId: principalOf(request).tenantId,
        tokenId: request.params.tokenId,
        audit: audit(request, "scim_token.revoke"),
      });
      return reply.code(204).send(null);
    },
  );
};
