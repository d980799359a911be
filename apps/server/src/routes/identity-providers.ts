import {
  configureIdentityProvider,
  deleteIdentityProvider,
  identityProviderSettingsSchema,
  identityProviderUpdateSchema,
  identityProviderViewSchema,
  listIdentityProviders,
  updateIdentityProvider,
} from "@penny/auth";
import type { Tx } from "@penny/db";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const providerParams = z.object({ providerId: z.uuid("must be an identity provider id") });

/** A tenant's sign-in providers (OIDC, Google, Microsoft Entra ID, GitHub): admins only; secrets never leave. */
export const identityProviderRoutes: FastifyPluginAsyncZod = async (app) => {
  /** An audit hook that records `action` on the provider inside the change's own transaction. */
  const audit =
    (request: FastifyRequest, action: string, data: () => Record<string, unknown> = () => ({})) =>
    (tx: Tx, subject: { id: string } | { providerId: string }) =>
      auditChange(tx, request, {
        tenantId: principalOf(request).tenantId,
        action,
        target: `identity_provider:${"id" in subject ? subject.id : subject.providerId}`,
        data: data(),
      });

  app.get(
    "/v1/identity-providers",
    {
      config: { access: "identity_providers:manage" },
      schema: {
        summary: "The tenant's sign-in providers",
        tags: ["identity providers"],
        response: { 200: z.object({ providers: z.array(identityProviderViewSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      providers: await listIdentityProviders(app.database, principalOf(request).tenantId),
    }),
  );

  app.post(
    "/v1/identity-providers",
    {
      config: { access: "identity_providers:manage" },
      schema: {
        summary: "Add a sign-in provider; the client secret is sealed with the master key",
        tags: ["identity providers"],
        body: identityProviderSettingsSchema,
        response: { 201: identityProviderViewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const provider = await configureIdentityProvider(
        app.database,
        app.masterKey,
        { tenantId, ...request.body },
        {
          audit: audit(request, "identity_provider.create", () => ({
            kind: request.body.kind,
            name: request.body.name,
          })),
        },
      );
      return reply.code(201).send(provider);
    },
  );

  app.patch(
    "/v1/identity-providers/:providerId",
    {
      config: { access: "identity_providers:manage" },
      schema: {
        summary: "Change a sign-in provider (kind and issuer are fixed)",
        tags: ["identity providers"],
        params: providerParams,
        body: identityProviderUpdateSchema,
        response: { 200: identityProviderViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { clientSecret: _secret, ...changed } = request.body;
      return updateIdentityProvider(
        app.database,
        app.masterKey,
        { tenantId, providerId: request.params.providerId, ...request.body },
        {
          audit: audit(request, "identity_provider.update", () => ({
            changed: Object.keys(changed),
            secretRotated: request.body.clientSecret !== undefined,
          })),
        },
      );
    },
  );

  app.delete(
    "/v1/identity-providers/:providerId",
    {
      config: { access: "identity_providers:manage" },
      schema: {
        summary: "Remove a sign-in provider and the account links made through it",
        tags: ["identity providers"],
        params: providerParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await deleteIdentityProvider(
        app.database,
        { tenantId, providerId: request.params.providerId },
        { audit: audit(request, "identity_provider.delete") },
      );
      return reply.code(204).send(null);
    },
  );
};
