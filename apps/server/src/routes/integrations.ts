import {
  type AnyIntegration,
  deleteConnection,
  findConnection,
  findIntegration,
  IntegrationNotConnectedError,
  IntegrationNotFoundError,
  integrationAuthKinds,
  integrations,
  listConnections,
  openConnection,
  parseSettings,
  recordConnectionTest,
  saveConnection,
} from "@penny/integrations";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const connectionSchema = z
  .object({
    config: z.record(z.string(), z.unknown()).describe("The settings; the credentials are never returned"),
    lastTestedAt: z.date().nullable(),
    lastTestOk: z.boolean().nullable(),
    lastTestMessage: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "IntegrationConnection" });

const integrationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    auth: z.enum(integrationAuthKinds),
    configSchema: z.record(z.string(), z.unknown()).describe("JSON Schema of `config` when connecting"),
    credentialsSchema: z
      .record(z.string(), z.unknown())
      .describe("JSON Schema of `credentials` when connecting (stored encrypted, never returned)"),
    tools: z.array(z.object({ name: z.string(), sideEffect: z.boolean() })),
    connection: connectionSchema.nullable(),
  })
  .meta({ id: "Integration" });

const testResultSchema = z
  .object({ ok: z.boolean(), message: z.string() })
  .meta({ id: "IntegrationTestResult" });

const params = z.object({
  integrationId: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,40}$/, "must be an integration id such as jira")
    .describe("The integration's id, e.g. jira"),
});

const connectBody = z.object({
  config: z.record(z.string(), z.unknown()).describe("Checked against the integration's configSchema"),
  credentials: z
    .record(z.string(), z.unknown())
    .describe(
      "Checked against the integration's credentialsSchema; sealed in the vault, never returned or logged",
    ),
});

function integrationOrThrow(id: string): AnyIntegration {
  const integration = findIntegration(id);
  if (!integration) throw new IntegrationNotFoundError(id);
  return integration;
}

/** Connects tenants to outside services (Jira …): settings in the database, credentials sealed in the vault. */
export const integrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/integrations",
    {
      config: { access: "integrations:manage" },
      schema: {
        summary:
          "The integrations Penny offers, with this tenant's connection to each (never its credentials)",
        tags: ["integrations"],
        response: { 200: z.object({ integrations: z.array(integrationSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const connections = await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        listConnections(tx),
      );
      return {
        integrations: integrations.map((integration) => {
          const connection = connections.find((entry) => entry.integrationId === integration.id);
          return {
            id: integration.id,
            name: integration.name,
            description: integration.description,
            auth: integration.auth,
            configSchema: z.toJSONSchema(integration.configSchema, { io: "input" }) as Record<
              string,
              unknown
            >,
            credentialsSchema: z.toJSONSchema(integration.secretSchema, { io: "input" }) as Record<
              string,
              unknown
            >,
            tools: integration.tools.map((tool) => ({ name: tool.name, sideEffect: tool.sideEffect })),
            connection: connection ?? null,
          };
        }),
      };
    },
  );

  app.put(
    "/v1/integrations/:integrationId/connection",
    {
      config: { access: "integrations:manage" },
      schema: {
        summary:
          "Connect an integration, or replace its settings and credentials (rotating the stored secret)",
        tags: ["integrations"],
        params,
        body: connectBody,
        response: { 200: z.object({ connection: connectionSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId, userId } = principalOf(request);
      const integration = integrationOrThrow(request.params.integrationId);
      const { config, secret } = parseSettings(integration, request.body);
      const connection = await app.database.withTenant(tenantId, async (tx) => {
        const rotated = (await findConnection(tx, integration.id)) !== undefined;
        const saved = await saveConnection(tx, app.masterKey, {
          tenantId,
          integrationId: integration.id,
          config,
          secret,
          userId: userId ?? null,
        });
        await auditChange(tx, request, {
          tenantId,
          action: rotated ? "integration.update" : "integration.connect",
          target: `integration:${integration.id}`,
          data: {
            config: saved.config as Record<string, string | number | boolean | null>,
            credentialsRotated: rotated,
          },
        });
        return saved;
      });
      return { connection };
    },
  );

  app.post(
    "/v1/integrations/:integrationId/test",
    {
      config: { access: "integrations:manage" },
      schema: {
        summary: "Check that the stored settings and credentials work (a harmless read at the service)",
        tags: ["integrations"],
        params,
        response: { 200: z.object({ result: testResultSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const integration = integrationOrThrow(request.params.integrationId);
      const connection = await app.database.withTenant(tenantId, (tx) =>
        openConnection(tx, { masterKey: app.masterKey, egress: app.egress, tenantId, integration }),
      );
      // The outside call runs between two short transactions, never inside one.
      const result = await integration.testConnection(connection);
      await app.database.withTenant(tenantId, async (tx) => {
        await recordConnectionTest(tx, { integrationId: integration.id, result, testedAt: new Date() });
        await auditChange(tx, request, {
          tenantId,
          action: "integration.test",
          target: `integration:${integration.id}`,
          outcome: result.ok ? "success" : "failure",
          data: { message: result.message },
        });
      });
      return { result };
    },
  );

  app.delete(
    "/v1/integrations/:integrationId/connection",
    {
      config: { access: "integrations:manage" },
      schema: {
        summary: "Disconnect an integration and delete its stored credentials; its tools stop being offered",
        tags: ["integrations"],
        params,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const integration = integrationOrThrow(request.params.integrationId);
      await app.database.withTenant(tenantId, async (tx) => {
        const deleted = await deleteConnection(tx, integration.id);
        if (!deleted) throw new IntegrationNotConnectedError(integration.name);
        await auditChange(tx, request, {
          tenantId,
          action: "integration.disconnect",
          target: `integration:${integration.id}`,
        });
      });
      return reply.code(204).send(null);
    },
  );
};
