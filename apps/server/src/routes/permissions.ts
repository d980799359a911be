import { permissionMatrix } from "@penny/auth";
import { memberRoles } from "@penny/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";

const matrixSchema = z.object({
  roles: z.array(z.enum(memberRoles)).describe("Strongest first"),
  permissions: z.array(
    z.object({
      permission: z.string().describe("resource:action, also the vocabulary of API key scopes"),
      resource: z.string(),
      action: z.string(),
      roles: z.array(z.enum(memberRoles)),
    }),
  ),
});

/** The permission matrix, so screens can show who may do what without keeping their own copy. */
export const permissionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/permissions",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "The role × permission matrix",
        tags: ["access"],
        response: { 200: matrixSchema, ...problemResponses },
      },
    },
    async () => ({
      roles: [...memberRoles],
      permissions: Object.entries(permissionMatrix).flatMap(([resource, actions]) =>
        Object.entries(actions).map(([action, roles]) => ({
          permission: `${resource}:${action}`,
          resource,
          action,
          roles: [...roles],
        })),
      ),
    }),
  );
};
