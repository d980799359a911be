import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";

// Kept loose on purpose: the document is generated, and mirroring the OpenAPI schema here would only drift.
const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .describe("An OpenAPI 3.1 document");

/** Serves the OpenAPI 3.1 document generated from every route's schemas. */
export const openApiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/openapi.json",
    {
      config: { access: "public" },
      schema: {
        summary: "This API's OpenAPI 3.1 description",
        tags: ["operations"],
        response: { 200: openApiDocumentSchema, ...problemResponses },
      },
    },
    async () => app.swagger() as z.infer<typeof openApiDocumentSchema>,
  );
};
