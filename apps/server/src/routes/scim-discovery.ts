import {
  AuthError,
  scimListResponse,
  scimListResponseSchema,
  scimResourceTypeSchema,
  scimResourceTypes,
  scimSchemaDefinitionSchema,
  scimSchemaDefinitions,
  scimServiceProviderConfig,
  scimServiceProviderConfigSchema,
} from "@penny/auth";
import { publicBaseUrl } from "@penny/mail";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { scimContent, scimErrorResponses } from "./scim-responses.ts";

const idParams = z.object({ id: z.string().max(200) });

/**
 * What the service supports, which resource types it serves and their schemas (RFC 7644 §4). RFC 7644 lets these
 * be public; Penny asks for the SCIM token here too, so nothing under /scim/v2 answers an anonymous caller.
 */
export const scimDiscoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  const baseUrl = publicBaseUrl(app.config);
  const resourceTypes = scimResourceTypes(baseUrl);
  const schemaDefinitions = scimSchemaDefinitions(baseUrl);

  app.get(
    "/ServiceProviderConfig",
    {
      config: { access: "scim" },
      schema: {
        summary: "What Penny's SCIM service supports",
        tags: ["scim"],
        response: {
          200: scimContent(scimServiceProviderConfigSchema, "The service provider configuration"),
          ...scimErrorResponses,
        },
      },
    },
    async () => scimServiceProviderConfig(baseUrl),
  );

  app.get(
    "/ResourceTypes",
    {
      config: { access: "scim" },
      schema: {
        summary: "The resource types served: User and Group",
        tags: ["scim"],
        response: {
          200: scimContent(scimListResponseSchema(scimResourceTypeSchema), "The resource types"),
          ...scimErrorResponses,
        },
      },
    },
    async () => scimListResponse(resourceTypes, resourceTypes.length, 1),
  );

  app.get(
    "/ResourceTypes/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "One resource type",
        tags: ["scim"],
        params: idParams,
        response: { 200: scimContent(scimResourceTypeSchema, "The resource type"), ...scimErrorResponses },
      },
    },
    async (request) => {
      const found = resourceTypes.find((type) => type.id === request.params.id);
      if (!found) throw new AuthError("PENNY_NOT_FOUND", "No such resource type.");
      return found;
    },
  );

  app.get(
    "/Schemas",
    {
      config: { access: "scim" },
      schema: {
        summary: "The schemas of the resources, listing the attributes Penny keeps",
        tags: ["scim"],
        response: {
          200: scimContent(scimListResponseSchema(scimSchemaDefinitionSchema), "The schemas"),
          ...scimErrorResponses,
        },
      },
    },
    async () => scimListResponse(schemaDefinitions, schemaDefinitions.length, 1),
  );

  app.get(
    "/Schemas/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "One schema, by its URN",
        tags: ["scim"],
        params: idParams,
        response: { 200: scimContent(scimSchemaDefinitionSchema, "The schema"), ...scimErrorResponses },
      },
    },
    async (request) => {
      const found = schemaDefinitions.find((definition) => definition.id === request.params.id);
      if (!found) throw new AuthError("PENNY_NOT_FOUND", "No such schema.");
      return found;
    },
  );
};
