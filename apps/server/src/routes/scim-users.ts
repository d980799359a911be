import {
  AuthError,
  createScimUser,
  deleteScimUser,
  findScimUser,
  listScimUsers,
  patchScimUser,
  replaceScimUser,
  type ScimUserRecord,
  scimListQuerySchema,
  scimListResponse,
  scimListResponseSchema,
  scimPage,
  scimPatchSchema,
  scimUserInputSchema,
  scimUserResource,
  scimUserResourceSchema,
} from "@penny/auth";
import { publicBaseUrl } from "@penny/mail";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { principalOf } from "../plugins/access-control.ts";
import { scimAudit } from "./scim-audit.ts";
import { scimConsumes, scimContent, scimErrorResponses } from "./scim-responses.ts";

const idParams = z.object({ id: z.string().max(200).describe("The Penny user id") });
const userResponse = (description: string) => scimContent(scimUserResourceSchema, description);

/** SCIM Users: the tenant's members. Creating one creates or links the account of that address. */
export const scimUserRoutes: FastifyPluginAsyncZod = async (app) => {
  const baseUrl = publicBaseUrl(app.config);
  const resource = (record: ScimUserRecord) => scimUserResource(record, baseUrl);

  app.get(
    "/Users",
    {
      config: { access: "scim" },
      schema: {
        summary: "List or filter the tenant's members",
        tags: ["scim"],
        querystring: scimListQuerySchema,
        response: {
          200: scimContent(scimListResponseSchema(scimUserResourceSchema), "One page of members"),
          ...scimErrorResponses,
        },
      },
    },
    async (request) => {
      const page = scimPage(request.query);
      const { totalResults, records } = await listScimUsers(app.database, {
        tenantId: principalOf(request).tenantId,
        filter: request.query.filter,
        page,
      });
      return scimListResponse(records.map(resource), totalResults, page.startIndex);
    },
  );

  app.get(
    "/Users/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "One member",
        tags: ["scim"],
        params: idParams,
        response: { 200: userResponse("The member"), ...scimErrorResponses },
      },
    },
    async (request) => {
      const record = await findScimUser(app.database, {
        tenantId: principalOf(request).tenantId,
        userId: request.params.id,
      });
      if (!record) throw new AuthError("PENNY_NOT_FOUND", "No such user in this tenant.");
      return resource(record);
    },
  );

  app.post(
    "/Users",
    {
      config: { access: "scim" },
      schema: {
        summary: "Provision a member (creating the account of that address, or linking it)",
        tags: ["scim"],
        consumes: scimConsumes,
        body: scimUserInputSchema,
        response: { 201: userResponse("The new member"), ...scimErrorResponses },
      },
    },
    async (request, reply) => {
      const record = await createScimUser(app.database, {
        tenantId: principalOf(request).tenantId,
        input: request.body,
        audit: scimAudit(request),
      });
      const created = resource(record);
      return reply.code(201).header("location", created.meta.location).send(created);
    },
  );

  app.put(
    "/Users/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "Replace a member's attributes",
        tags: ["scim"],
        params: idParams,
        consumes: scimConsumes,
        body: scimUserInputSchema,
        response: { 200: userResponse("The member"), ...scimErrorResponses },
      },
    },
    async (request) =>
      resource(
        await replaceScimUser(app.database, {
          tenantId: principalOf(request).tenantId,
          userId: request.params.id,
          input: request.body,
          audit: scimAudit(request),
        }),
      ),
  );

  app.patch(
    "/Users/:id",
    {
      config: { access: "scim" },
      schema: {
        summary:
          "Change some of a member's attributes; active false suspends them and ends their sessions here",
        tags: ["scim"],
        params: idParams,
        consumes: scimConsumes,
        body: scimPatchSchema,
        response: { 200: userResponse("The member"), ...scimErrorResponses },
      },
    },
    async (request) =>
      resource(
        await patchScimUser(app.database, {
          tenantId: principalOf(request).tenantId,
          userId: request.params.id,
          patch: request.body,
          audit: scimAudit(request),
        }),
      ),
  );

  app.delete(
    "/Users/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "Remove a member from the tenant (the account stays)",
        tags: ["scim"],
        params: idParams,
        response: { 204: z.null(), ...scimErrorResponses },
      },
    },
    async (request, reply) => {
      await deleteScimUser(app.database, {
        tenantId: principalOf(request).tenantId,
        userId: request.params.id,
        audit: scimAudit(request),
      });
      return reply.code(204).send(null);
    },
  );
};
