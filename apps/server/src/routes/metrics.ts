import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";

/** Serves this app's metrics in Prometheus' text format, for a scraper. */
export const metricsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { registry } = app.metrics;
  app.get(
    "/metrics",
    {
      config: { access: "public" },
      schema: {
        summary: "Metrics in Prometheus text format",
        tags: ["operations"],
        response: {
          200: {
            description: "Prometheus exposition format",
            content: { [registry.contentType.split(";", 1)[0] as string]: { schema: z.string() } },
          },
          ...problemResponses,
        },
      },
    },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
};
