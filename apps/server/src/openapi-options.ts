import type { SwaggerOptions } from "@fastify/swagger";
import type { Config } from "@penny/config";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import packageJson from "../package.json" with { type: "json" };

/**
 * How the OpenAPI 3.1 document is generated: from the zod schemas routes declare, so the document cannot drift
 * from what the server validates and sends.
 */
export function openApiOptions(config: Config): SwaggerOptions {
  return {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Penny API",
        description: "Penny, a self-hosted multi-tenant AI workbench",
        version: packageJson.version || "0.1.0",
      },
      servers: config.publicUrl ? [{ url: config.publicUrl }] : [],
    },
    transform: jsonSchemaTransform,
    // Schemas carrying an `id` (such as Problem) become components referenced with $ref.
    transformObject: jsonSchemaTransformObject,
  };
}
