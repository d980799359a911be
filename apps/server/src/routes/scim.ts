import { SCIM_CONTENT_TYPE } from "@penny/auth";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { scimDiscoveryRoutes } from "./scim-discovery.ts";
import { handleScimError, handleScimNotFound } from "./scim-error-handler.ts";
import { scimGroupRoutes } from "./scim-groups.ts";
import { scimUserRoutes } from "./scim-users.ts";

/**
 * SCIM 2.0 (RFC 7643/7644), registered under `/scim/v2`: a directory provisions the tenant's members and groups
 * with the tenant's SCIM token. Everything set here stays inside this plugin: SCIM bodies may be
 * `application/scim+json`, answers are `application/scim+json`, and errors are SCIM error documents.
 */
export const scimRoutes: FastifyPluginAsyncZod = async (app) => {
  // Fastify's own JSON parser, so SCIM bodies get the same prototype-poisoning protection as JSON ones.
  app.addContentTypeParser(
    SCIM_CONTENT_TYPE,
    { parseAs: "string" },
    app.getDefaultJsonParser("error", "error"),
  );
  app.setErrorHandler(handleScimError);
  app.setNotFoundHandler(handleScimNotFound);
  // Set before the handler runs, so the response schema declared for this media type is the one that serializes.
  app.addHook("onRequest", async (_request, reply) => {
    reply.type(SCIM_CONTENT_TYPE);
  });

  await app.register(scimDiscoveryRoutes);
  await app.register(scimUserRoutes);
  await app.register(scimGroupRoutes);
};
