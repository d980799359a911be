import {
  AuthError,
  allPermissions,
  createApiKey,
  listApiKeys,
  type Permission,
  revokeApiKey,
} from "@penny/auth";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const keySchema = z.object({
  id: z.uuid(),
  kind: z.enum(["personal", "service", "scim"]),
  name: z.string(),
  prefix: z.string().describe("The first characters of the key, to recognise it"),
  scopes: z.array(z.string()),
  userId: z.uuid().nullable(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

const createBody = z.object({
  name: z.string().trim().min(1, "is required").max(100),
  kind: z.enum(["personal", "service"]).default("personal"),
  scopes: z
    .array(z.enum(allPermissions as [Permission, ...Permission[]]))
    .min(1, "must list at least one permission")
    .describe("Permissions from GET /v1/permissions; never more than you hold"),
  expiresInDays: z.number().int().min(1).max(730).optional().describe("Default: never expires"),
});

/** API keys: personal access tokens and the tenant's service keys. The secret is shown once, stored hashed. */
export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/api-keys",
    {
      config: { access: "api_keys:manage_own" },
      schema: {
        summary: "Your keys (and the tenant's service keys, for those who manage them)",
        tags: ["api keys"],
        response: { 200: z.object({ keys: z.array(keySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        keys: await listApiKeys(app.database, {
          tenantId: principal.tenantId,
          userId: principal.userId ?? "00000000-0000-0000-0000-000000000000",
          includeService: principal.permissions.has("service_keys:manage"),
        }),
      };
    },
  );

  app.post(
    "/v1/api-keys",
    {
      config: { access: "api_keys:manage_own" },
      schema: {
        summary: "Create a key; the response is the only time its secret is shown",
        tags: ["api keys"],
        body: createBody,
        response: {
          201: z.object({ key: keySchema, secret: z.string().describe("Shown once: store it now") }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (!principal.userId) throw new AuthError("PENNY_FORBIDDEN", "A service key cannot create keys.");
      if (request.body.kind === "service" && !principal.permissions.has("service_keys:manage")) {
        throw new AuthError(
          "PENNY_FORBIDDEN",
          'Your role does not allow this (it needs "service_keys:manage").',
        );
      }
      const { expiresInDays } = request.body;
      const created = await createApiKey(app.database, {
        tenantId: principal.tenantId,
        creatorId: principal.userId,
        creatorPermissions: principal.permissions,
        kind: request.body.kind,
        name: request.body.name,
        scopes: request.body.scopes,
        expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : undefined,
        audit: (tx, key) =>
          auditChange(tx, request, {
            tenantId: principal.tenantId,
            action: "api_key.create",
            target: `api_key:${key.id}`,
            data: { kind: key.kind, prefix: key.prefix, scopes: key.scopes },
          }),
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    "/v1/api-keys/:keyId",
    {
      config: { access: "api_keys:manage_own" },
      schema: {
        summary: "Revoke a key at once",
        tags: ["api keys"],
        params: z.object({ keyId: z.uuid("must be a key id") }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await revokeApiKey(app.database, {
        tenantId: principal.tenantId,
        keyId: request.params.keyId,
        userId: principal.userId ?? "00000000-0000-0000-0000-000000000000",
        mayRevokeService: principal.permissions.has("service_keys:manage"),
        audit: (tx, key) =>
          auditChange(tx, request, {
            tenantId: principal.tenantId,
            action: "api_key.revoke",
            target: `api_key:${key.id}`,
            data: { kind: key.kind, prefix: key.prefix },
          }),
      });
      return reply.code(204).send(null);
    },
  );
};
