import { createTenant } from "@penny/auth";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";

const createBody = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
      "must be 1–40 lowercase letters, digits or inner hyphens",
    ),
  name: z.string().trim().min(1, "is required").max(200),
  adminEmail: z
    .email("must be an email address")
    .optional()
    .describe("An existing account to make its admin"),
});

/** Platform administration: creating tenants. */
export const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/v1/tenants",
    {
      config: { access: "platform-admin" },
      schema: {
        summary: "Create a tenant with its default workspace (platform administrators only)",
        tags: ["tenants"],
        body: createBody,
        response: {
          201: z.object({
            id: z.uuid(),
            slug: z.string(),
            name: z.string(),
            adminUserId: z.uuid().nullable(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const tenant = await createTenant(app.database, {
        ...request.body,
        audit: (tx, created) =>
          auditChange(tx, request, {
            tenantId: created.id,
            action: "tenant.create",
            target: `tenant:${created.slug}`,
            data: { adminUserId: created.adminUserId },
          }),
      });
      return reply.code(201).send(tenant);
    },
  );
};
