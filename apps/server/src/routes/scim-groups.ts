import {
  AuthError,
  createScimGroup,
  deleteScimGroup,
  findScimGroup,
  listScimGroups,
  patchScimGroup,
  replaceScimGroup,
  type ScimGroupRecord,
  scimGroupInputSchema,
  scimGroupResource,
  scimGroupResourceSchema,
  scimListQuerySchema,
  scimListResponse,
  scimListResponseSchema,
  scimPage,
  scimPatchSchema,
} from "@penny/auth";
import { publicBaseUrl } from "@penny/mail";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { principalOf } from "../plugins/access-control.ts";
import { scimAudit } from "./scim-audit.ts";
import { scimConsumes, scimContent, scimErrorResponses } from "./scim-responses.ts";

const idParams = z.object({ id: z.string().max(200).describe("The Penny group id") });
const attributeQuery = scimListQuerySchema.pick({ attributes: true, excludedAttributes: true });
const groupResponse = (description: string) => scimContent(scimGroupResourceSchema, description);

/** Whether a query leaves `members` out (`excludedAttributes=members`), which directories ask for large groups. */
function includesMembers(query: { excludedAttributes?: string | undefined }): boolean {
  const excluded = (query.excludedAttributes ?? "").split(",").map((name) => name.trim().toLowerCase());
  return !excluded.includes("members");
}

/** SCIM Groups: the tenant's groups (the same ones `/v1/groups` shows and grants name). */
export const scimGroupRoutes: FastifyPluginAsyncZod = async (app) => {
  const baseUrl = publicBaseUrl(app.config);
  const resource = (record: ScimGroupRecord) => scimGroupResource(record, baseUrl);

  app.get(
    "/Groups",
    {
      config: { access: "scim" },
      schema: {
        summary: "List or filter the tenant's groups",
        tags: ["scim"],
        querystring: scimListQuerySchema,
        response: {
          200: scimContent(scimListResponseSchema(scimGroupResourceSchema), "One page of groups"),
          ...scimErrorResponses,
        },
      },
    },
    async (request) => {
      const page = scimPage(request.query);
      const { totalResults, records } = await listScimGroups(app.database, {
        tenantId: principalOf(request).tenantId,
        filter: request.query.filter,
        page,
        includeMembers: includesMembers(request.query),
      });
      return scimListResponse(records.map(resource), totalResults, page.startIndex);
    },
  );

  app.get(
    "/Groups/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "One group",
        tags: ["scim"],
        params: idParams,
        querystring: attributeQuery,
        response: { 200: groupResponse("The group"), ...scimErrorResponses },
      },
    },
    async (request) => {
      const record = await findScimGroup(app.database, {
        tenantId: principalOf(request).tenantId,
        groupId: request.params.id,
        includeMembers: includesMembers(request.query),
      });
      if (!record) throw new AuthError("PENNY_NOT_FOUND", "No such group in this tenant.");
      return resource(record);
    },
  );

  app.post(
    "/Groups",
    {
      config: { access: "scim" },
      schema: {
        summary: "Create a group, with members who are already users of the tenant",
        tags: ["scim"],
        consumes: scimConsumes,
        body: scimGroupInputSchema,
        response: { 201: groupResponse("The new group"), ...scimErrorResponses },
      },
    },
    async (request, reply) => {
      const record = await createScimGroup(app.database, {
        tenantId: principalOf(request).tenantId,
        input: request.body,
        audit: scimAudit(request),
      });
      const created = resource(record);
      return reply.code(201).header("location", created.meta.location).send(created);
    },
  );

  app.put(
    "/Groups/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "Replace a group's name and members",
        tags: ["scim"],
        params: idParams,
        consumes: scimConsumes,
        body: scimGroupInputSchema,
        response: { 200: groupResponse("The group"), ...scimErrorResponses },
      },
    },
    async (request) =>
      resource(
        await replaceScimGroup(app.database, {
          tenantId: principalOf(request).tenantId,
          groupId: request.params.id,
          input: request.body,
          audit: scimAudit(request),
        }),
      ),
  );

  app.patch(
    "/Groups/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "Rename a group, or add and remove members",
        tags: ["scim"],
        params: idParams,
        consumes: scimConsumes,
        body: scimPatchSchema,
        response: { 200: groupResponse("The group"), ...scimErrorResponses },
      },
    },
    async (request) =>
      resource(
        await patchScimGroup(app.database, {
          tenantId: principalOf(request).tenantId,
          groupId: request.params.id,
          patch: request.body,
          audit: scimAudit(request),
        }),
      ),
  );

  app.delete(
    "/Groups/:id",
    {
      config: { access: "scim" },
      schema: {
        summary: "Delete a group and the grants made to it",
        tags: ["scim"],
        params: idParams,
        response: { 204: z.null(), ...scimErrorResponses },
      },
    },
    async (request, reply) => {
      await deleteScimGroup(app.database, {
        tenantId: principalOf(request).tenantId,
        groupId: request.params.id,
        audit: scimAudit(request),
      });
      return reply.code(204).send(null);
    },
  );
};
