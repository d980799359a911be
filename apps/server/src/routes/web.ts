import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";
import { placeholderPage, placeholderPageCsp } from "./placeholder-page.ts";

/** The web front door. For now a placeholder page; the built web app will be served here. */
export const webRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "public" },
      schema: {
        summary: "The web app (a placeholder page for now)",
        tags: ["web"],
        response: {
          200: { description: "An HTML page", content: { "text/html": { schema: z.string() } } },
          ...problemResponses,
        },
      },
    },
    async (_request, reply) =>
      reply
        .header("content-security-policy", placeholderPageCsp)
        .header("x-content-type-options", "nosniff")
        .header("referrer-policy", "no-referrer")
        .type("text/html; charset=utf-8")
        .send(placeholderPage),
  );
};
