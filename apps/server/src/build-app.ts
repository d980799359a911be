import fastifySwagger from "@fastify/swagger";
import fastifyWebsocket from "@fastify/websocket";
import type { Config } from "@penny/config";
import type { Database } from "@penny/db";
import type { Mailer } from "@penny/mail";
import Fastify, { type FastifyBaseLogger, LogController } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { handleError } from "./errors/error-handler.ts";
import { handleNotFound } from "./errors/not-found-handler.ts";
import { createLogger } from "./logger.ts";
import { openApiOptions } from "./openapi-options.ts";
import { accessControl } from "./plugins/access-control.ts";
import { authentication } from "./plugins/authentication.ts";
import { closeConnectionsOnShutdown } from "./plugins/close-connections-on-shutdown.ts";
import { databaseDecorator } from "./plugins/database.ts";
import { type EngineOptions, engine } from "./plugins/engine.ts";
import { httpMetrics } from "./plugins/http-metrics.ts";
import { requestIdHeader, resolveRequestId } from "./plugins/request-id.ts";
import { requestTracing } from "./plugins/request-tracing.ts";
import { services } from "./plugins/services.ts";
import { apiKeyRoutes } from "./routes/api-keys.ts";
import { approvalRoutes } from "./routes/approvals.ts";
import { artifactRoutes } from "./routes/artifacts.ts";
import { auditRoutes } from "./routes/audit.ts";
import { authRoutes } from "./routes/auth.ts";
import { chatRoutes } from "./routes/chat.ts";
import { collectionRoutes } from "./routes/collections.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { dashboardRoutes } from "./routes/dashboards.ts";
import { datasourceRoutes } from "./routes/datasources.ts";
import { exportRoutes } from "./routes/exports.ts";
import { fileRoutes } from "./routes/files.ts";
import { grantRoutes } from "./routes/grants.ts";
import { groupRoutes } from "./routes/groups.ts";
import { healthRoutes } from "./routes/health.ts";
import { identityProviderRoutes } from "./routes/identity-providers.ts";
import { integrationRoutes } from "./routes/integrations.ts";
import { inviteRoutes } from "./routes/invites.ts";
import { jobRoutes } from "./routes/jobs.ts";
import { meRoutes } from "./routes/me.ts";
import { memberRoutes } from "./routes/members.ts";
import { memoryRoutes } from "./routes/memories.ts";
import { metricsRoutes } from "./routes/metrics.ts";
import { mfaRoutes } from "./routes/mfa.ts";
import { modelRoutes } from "./routes/models.ts";
import { oidcRoutes } from "./routes/oidc.ts";
import { openApiRoutes } from "./routes/openapi.ts";
import { passwordResetRoutes } from "./routes/password-reset.ts";
import { permissionRoutes } from "./routes/permissions.ts";
import { presetRoutes } from "./routes/presets.ts";
import { privacyRoutes } from "./routes/privacy.ts";
import { promptRoutes } from "./routes/prompts.ts";
import { scimRoutes } from "./routes/scim.ts";
import { scimTokenRoutes } from "./routes/scim-tokens.ts";
import { tenantRoutes } from "./routes/tenants.ts";
import { themeRoutes } from "./routes/themes.ts";
import { toolRoutes } from "./routes/tools.ts";
import { webRoutes } from "./routes/web.ts";
import { wsRoutes } from "./routes/ws.ts";

export interface BuildAppOptions {
  config: Config;
  /** Borrowed, not owned: the app never closes it. */
  database: Database;
  /** Defaults to a logger at `config.logLevel` on stdout. */
  logger?: FastifyBaseLogger;
  /** The master key (CSRF tokens are derived from it). */
  masterKey: Buffer;
  /** Defaults to SMTP when configured, else the outbox. */
  mailer?: Mailer;
  /** The ask → act → see engine's parts; each defaults to what the config names. */
  engine?: EngineOptions;
}

/**
 * Assembles the HTTP app without listening, so the CLI listens on a port and tests use `inject` or a port of
 * their own. Routes may still be added before `ready()`.
 */
export function buildApp(options: BuildAppOptions) {
  const app = Fastify({
    loggerInstance: options.logger ?? createLogger({ level: options.config.logLevel }),
    genReqId: resolveRequestId,
    logController: new LogController({ requestIdLogLabel: "requestId" }),
    // Requests that arrive on an open connection while the app closes are still served (with Connection: close)
    // instead of getting Fastify's bare 503, which is not a problem document; close() waits for them anyway.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  app.register(requestIdHeader);
  app.register(closeConnectionsOnShutdown);
  // Before authentication and access control: its hook marks upgrade requests, so a refused upgrade (401, 403)
  // gets its raw socket closed instead of left open.
  app.register(fastifyWebsocket, { options: { maxPayload: 256 * 1024 } });
  app.register(requestTracing);
  app.register(httpMetrics);
  app.register(databaseDecorator, { database: options.database });
  app.register(services, { config: options.config, mailer: options.mailer });
  app.register(authentication, { masterKey: options.masterKey });
  app.register(accessControl);
  app.register(engine, options.engine ?? {});
  app.register(fastifySwagger, openApiOptions(options.config));

  app.register(healthRoutes);
  app.register(metricsRoutes);
  app.register(openApiRoutes);
  app.register(webRoutes);
  app.register(authRoutes);
  app.register(meRoutes);
  app.register(permissionRoutes);
  app.register(memberRoutes);
  app.register(apiKeyRoutes);
  app.register(tenantRoutes);
  app.register(auditRoutes);
  app.register(mfaRoutes);
  app.register(inviteRoutes);
  app.register(jobRoutes);
  app.register(fileRoutes);
  app.register(collectionRoutes);
  app.register(identityProviderRoutes);
  app.register(oidcRoutes);
  app.register(passwordResetRoutes);
  app.register(groupRoutes);
  app.register(grantRoutes);
  app.register(scimTokenRoutes);
  app.register(conversationRoutes);
  app.register(chatRoutes);
  app.register(memoryRoutes);
  app.register(presetRoutes);
  app.register(approvalRoutes);
  app.register(toolRoutes);
  app.register(modelRoutes);
  app.register(integrationRoutes);
  app.register(datasourceRoutes);
  app.register(promptRoutes);
  app.register(privacyRoutes);
  app.register(dashboardRoutes);
  app.register(artifactRoutes);
  app.register(exportRoutes);
  app.register(themeRoutes);
  app.register(wsRoutes);
  app.register(scimRoutes, { prefix: "/scim/v2" });
  return app;
}

export type PennyApp = ReturnType<typeof buildApp>;
