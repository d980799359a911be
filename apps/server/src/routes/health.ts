import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";
import { databaseReadiness } from "./database-readiness.ts";

const liveSchema = z.object({ status: z.literal("ok") }).describe("The process is up");

const readySchema = z
  .object({
    status: z.literal("ready"),
    database: z.object({
      kind: z.enum(["pglite", "postgres"]),
      migrated: z.literal(true),
      vector: z.boolean().describe("Whether pgvector is installed; without it, vector search falls back"),
    }),
  })
  .describe("Penny can serve requests");

/**
 * Probes for orchestrators. Liveness says only that the process answers, so a slow database never gets the
 * process restarted; readiness says whether it can serve, so traffic waits until it can.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const checkDatabase = databaseReadiness(app.database);

  app.get(
    "/healthz",
    {
      config: { access: "public" },
      schema: {
        summary: "Liveness: the process is up",
        tags: ["operations"],
        response: { 200: liveSchema, ...problemResponses },
      },
    },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    {
      config: { access: "public" },
      schema: {
        summary: "Readiness: the database answers and its schema is current",
        tags: ["operations"],
        response: { 200: readySchema, ...problemResponses },
      },
    },
    async () => ({ status: "ready" as const, database: await checkDatabase() }),
  );
};
