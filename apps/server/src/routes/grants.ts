import { deleteGrant, grantInputSchema, listGrants, putGrant } from "@penny/auth";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const grantSchema = grantInputSchema.extend({ id: z.uuid(), createdAt: z.date() });

/**
 * Per-tool and per-datasource grants: allow or deny one to a role, a group or a person. The tool router consults
 * them (`evaluateGrants`): the most specific subject decides, and a deny beats an allow at the same level.
 */
export const grantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/grants",
    {
      config: { access: "grants:manage" },
      schema: {
        summary: "Grants of the active tenant, optionally for one tool or datasource",
        tags: ["grants"],
        querystring: z.object({
          resourceType: z.enum(["tool", "datasource"]).optional(),
          resourceId: z.string().min(1).max(200).optional(),
        }),
        response: { 200: z.object({ grants: z.array(grantSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      grants: await listGrants(app.database, { tenantId: principalOf(request).tenantId, ...request.query }),
    }),
  );

  app.put(
    "/v1/grants",
    {
      config: { access: "grants:manage" },
      schema: {
        summary: "Allow or deny a tool or datasource to a role, group or person (replaces that pair's grant)",
        tags: ["grants"],
        body: grantInputSchema,
        response: { 200: grantSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return putGrant(app.database, {
        tenantId,
        grant: request.body,
        audit: (tx, grant) =>
          auditChange(tx, request, {
            tenantId,
            action: "grant.put",
            target: `${grant.resourceType}:${grant.resourceId}`,
            data: { subjectType: grant.subjectType, subjectId: grant.subjectId, effect: grant.effect },
          }),
      });
    },
  );

  app.delete(
    "/v1/grants/:grantId",
    {
      config: { access: "grants:manage" },
      schema: {
        summary: "Remove a grant",
        tags: ["grants"],
        params: z.object({ grantId: z.uuid("must be a grant id") }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await deleteGrant(app.database, {
        tenantId,
        grantId: request.params.grantId,
        audit: (tx, grant) =>
          auditChange(tx, request, {
            tenantId,
            action: "grant.delete",
            target: `${grant.resourceType}:${grant.resourceId}`,
            data: { subjectType: grant.subjectType, subjectId: grant.subjectId, effect: grant.effect },
          }),
      });
      return reply.code(204).send(null);
    },
  );
};
