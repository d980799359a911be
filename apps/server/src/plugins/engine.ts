import { type BlobStore, openBlobStore } from "@penny/artifacts";
import { activeMembership, evaluateGrantsFor, permissionsOf } from "@penny/auth";
import { type EventBus, openEventBus, openRateLimiter, type RateLimiter } from "@penny/bus";
import { ChatService, type ModelResolver, type RunReport, reapStaleRuns } from "@penny/chat";
import { createQueryDatasourceTool, UploadTables } from "@penny/datasources";
import type { EgressClient } from "@penny/egress";
import { createIntegrationTools } from "@penny/integrations";
import { createJobRunner, type JobRunner } from "@penny/jobs";
import { builtinEmbedder, createIngestionJob, createSearchDocumentsTool } from "@penny/knowledge";
import { purgeExpiredResponses } from "@penny/models";
import { createPythonSandbox, type PythonSandbox } from "@penny/sandbox";
import { builtinTools, createToolRouter, ToolRegistry, type ToolRouter } from "@penny/tools";
import fastifyPlugin from "fastify-plugin";
import { createAuditedEgressClient } from "../engine/audited-egress.ts";
import { type ChatLimitSettings, ChatLimits, defaultChatLimits } from "../engine/chat-limits.ts";
import { createModelResolver } from "../engine/model-resolver.ts";
import { createPromptPrivacy } from "../engine/prompt-privacy.ts";
import { memorySection } from "../engine/prompt-sections/memory.ts";
import { presetSection } from "../engine/prompt-sections/preset.ts";
import { tenantInstructions } from "../engine/prompt-sections/tenant-instructions.ts";
import { createRunMetrics } from "../engine/run-metrics.ts";
import { composeSystemPrompt, type PromptSection } from "../engine/system-prompt.ts";
import { createToolbox } from "../engine/toolbox.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Live events between server processes: in-process, or Redis pub/sub when REDIS_URL is set. */
    bus: EventBus;
    /** Sends messages, runs the agent loop, stops runs, takes approval decisions. */
    chat: ChatService;
    /** Per-user and per-tenant message rate limits. */
    chatLimits: ChatLimits;
    /** The registered tools, the router every call goes through, and the sandbox run_python_job runs in. */
    tools: { registry: ToolRegistry; router: ToolRouter; pythonSandbox: PythonSandbox };
    /** Outbound HTTP for tools and integrations: tenant allow-lists, no private ranges unless allowed, audited. */
    egress: EgressClient;
    /** Content-addressed artifact bytes. */
    blobStore: BlobStore;
    /** Long work after the request answered (ingestion, exports), with stored and live progress. */
    jobs: JobRunner;
    streaming: { heartbeatMs: number };
    /** "Now" as tools and dashboards see it (tests fix it). */
    clock: () => Date;
  }
}

export interface EngineOptions {
  /** Defaults to the bus named by the config (Redis when REDIS_URL is set). Borrowed when given. */
  bus?: EventBus;
  /** Defaults to files under `<data dir>/blobs`. */
  blobStore?: BlobStore;
  /** Defaults to the tenant's configured providers, with the built-in model as the last resort. */
  resolveModel?: ModelResolver;
  /** Retries, first-chunk timeout and response caching of the default resolver. */
  models?: {
    fallback?: { maxRetries?: number; timeoutMs?: number; baseDelayMs?: number };
    cacheTtlMs?: number;
  };
  rateLimiter?: RateLimiter;
  chatLimits?: ChatLimitSettings;
  heartbeatMs?: number;
  approvalTtlMs?: number;
  /** How often this process looks for approvals nobody decided in time; 0 turns the sweep off. */
  approvalSweepMs?: number;
  /**
   * How often this process ends runs a dead process left open and deletes expired cached answers; 0 turns it off.
   * Both measure against the real clock, never the tools' `now`.
   */
  housekeepingMs?: number;
  /** The day tools see as today (tests fix it). */
  now?: () => Date;
  /** Jobs this process runs at once (ingestion, exports). */
  jobConcurrency?: number;
  onRunFinished?: (report: RunReport) => void;
}

/** The system prompt's sections, in the order the model reads them. */
const promptSections: PromptSection[] = [tenantInstructions, presetSection, memorySection];

/**
 * The ask → act → see engine as typed decorators: bus, tools, blob store and the chat service. Runs still going
 * when the app closes are stopped (each ends with an `abort` event) before the database goes away.
 */
export const engine = fastifyPlugin<EngineOptions>(
  async (app, options) => {
    const now = options.now ?? (() => new Date());
    const ownsBus = options.bus === undefined;
    const bus = options.bus ?? openEventBus({ redisUrl: app.config.redisUrl });
    const ownsLimiter = options.rateLimiter === undefined;
    const limiter = options.rateLimiter ?? openRateLimiter({ redisUrl: app.config.redisUrl });
    // S3-compatible storage when S3_BUCKET is set (checked once here, so a bad setting stops start-up), else files.
    const blobStore = options.blobStore ?? (await openBlobStore(app.config, app.config.dataDir));
    const egress = createAuditedEgressClient(app.database, app.log);
    const uploadTables = new UploadTables();
    // Integration tools are registered for everyone but offered only where the tenant connected the integration.
    // pgvector's presence is a property of the database: asked once.
    let vectorIndex: Promise<boolean> | undefined;
    const hasVectorIndex = () => {
      vectorIndex ??= app.database.hasVector();
      return vectorIndex;
    };
    const registry = new ToolRegistry([
      ...builtinTools,
      createSearchDocumentsTool({ embedder: builtinEmbedder, vectorIndex: hasVectorIndex }),
      ...createIntegrationTools({ masterKey: app.masterKey, egress }),
      // Datasource SQL never runs on the app's connection: its own pg connection, or a PGlite per uploaded table.
      createQueryDatasourceTool({
        masterKey: app.masterKey,
        blobStore,
        uploadTables,
        evaluateGrants: evaluateGrantsFor,
      }),
    ]);
    const router = createToolRouter({ registry, database: app.database });
    // Python jobs wait in this process, or in Redis (BullMQ) when REDIS_URL is set; bubblewrap is checked per job.
    const pythonSandbox = createPythonSandbox({ redisUrl: app.config.redisUrl });
    const metrics = createRunMetrics(app.metrics.registry);
    // Its policy cache runs on a monotonic clock of its own, not `now` (tests fix that one).
    const promptPrivacy = createPromptPrivacy({ database: app.database });
    const chat = new ChatService({
      database: app.database,
      bus,
      toolbox: createToolbox({ database: app.database, registry, router, blobStore, now, pythonSandbox }),
      resolveModel:
        options.resolveModel ??
        createModelResolver({ database: app.database, masterKey: app.masterKey, now, ...options.models }),
      now,
      approvalTtlMs: options.approvalTtlMs,
      systemPrompt: composeSystemPrompt(promptSections),
      protectPrompt: promptPrivacy.protectPrompt,
      outputFilter: promptPrivacy.outputFilter,
      onApprovalDecided: metrics.recordApproval,
      onRunFinished: (report) => {
        metrics.recordRun(report);
        options.onRunFinished?.(report);
      },
      log: app.log,
    });
    app.decorate("bus", bus);
    app.decorate("chat", chat);
    app.decorate("promptPrivacy", promptPrivacy);
    app.decorate("chatLimits", new ChatLimits(limiter, options.chatLimits ?? defaultChatLimits));
    app.decorate("tools", { registry, router, pythonSandbox });
    app.decorate("egress", egress);
    app.decorate("blobStore", blobStore);
    const jobs = createJobRunner({
      database: app.database,
      bus,
      concurrency: options.jobConcurrency ?? 2,
      log: app.log,
    });
    jobs.register(createIngestionJob({ database: app.database, blobStore, embedder: builtinEmbedder }));
    app.decorate("jobs", jobs);
    app.decorate("clock", now);
    app.decorate("streaming", { heartbeatMs: options.heartbeatMs ?? 15_000 });
    // An expired approval counts as a denial and its run goes on, with the asker's current role.
    const sweepMs = options.approvalSweepMs ?? 30_000;
    const sweep =
      sweepMs > 0
        ? setInterval(() => {
            chat
              .expireOverdueApprovals(async (tenantId, userId) => {
                const membership = await activeMembership(app.database, tenantId, userId);
                if (!membership) return null;
                return {
                  tenantId,
                  userId,
                  role: membership.role,
                  permissions: new Set(permissionsOf(membership.role)),
                };
              })
              .catch((error) => app.log.error({ err: error }, "approval sweep failed"));
          }, sweepMs)
        : undefined;
    sweep?.unref();
    const housekeepingMs = options.housekeepingMs ?? 60_000;
    const housekeeping =
      housekeepingMs > 0
        ? setInterval(() => {
            void keepHouse().catch((error) => app.log.error({ err: error }, "housekeeping failed"));
          }, housekeepingMs)
        : undefined;
    housekeeping?.unref();
    const keepHouse = async () => {
      const reaped = await reapStaleRuns({
        database: app.database,
        bus,
        isLocal: (runId) => chat.isRunning(runId),
        log: app.log,
      });
      if (reaped > 0) app.log.warn({ reaped }, "ended runs a stopped process left open");
      const recovered = await jobs.recover();
      if (recovered > 0) app.log.warn({ recovered }, "took over jobs a stopped process left unfinished");
      const purged = await purgeExpiredResponses({ database: app.database });
      if (purged > 0) app.log.info({ purged }, "deleted expired cached model answers");
    };
    app.addHook("onClose", async () => {
      clearInterval(sweep);
      clearInterval(housekeeping);
      await chat.close();
      await jobs.close();
      await egress.close();
      await pythonSandbox.close();
      await uploadTables.close();
      if (ownsBus) await bus.close();
      if (ownsLimiter) await limiter.close();
    });
  },
  {
    name: "penny-engine",
    dependencies: ["penny-database", "penny-services", "penny-authentication", "penny-http-metrics"],
  },
);
