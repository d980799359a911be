import { createArtifact } from "@penny/artifacts";
import { auditPayloadHash } from "@penny/audit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const toolSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    inputSchema: z.record(z.string(), z.unknown()).describe("JSON Schema (draft 2020-12) of the arguments"),
    sideEffect: z.boolean().describe("Changes something outside Penny"),
    approval: z.enum(["never", "always"]),
    permission: z.string(),
    timeoutMs: z.number(),
  })
  .meta({ id: "Tool" });

const artifactReference = z.object({
  id: z.uuid(),
  version: z.number(),
  kind: z.string(),
  title: z.string(),
  mime: z.string(),
});

/** The tools the caller may use, and a direct way to run one through the same router the assistant uses. */
export const toolRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/tools",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "The tools you may use (role, grants and the tenant's switches applied)",
        tags: ["tools"],
        response: { 200: z.object({ tools: z.array(toolSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ tools: await app.tools.router.available(principalOf(request)) }),
  );

  app.post(
    "/v1/tools/:name/invoke",
    {
      // Each tool names its own permission (dashboards need only viewing); the router checks it, and audits a refusal.
      config: { access: "authenticated" },
      schema: {
        summary:
          "Run a tool directly (checked like the assistant's calls; tools that need approval are refused)",
        tags: ["tools"],
        params: z.object({ name: z.string().min(1).max(64) }),
        body: z.object({ arguments: z.record(z.string(), z.unknown()).default({}) }),
        response: {
          200: z.object({
            outcome: z.enum(["succeeded", "failed", "timed_out", "cancelled"]),
            summary: z.string().nullable(),
            data: z.unknown(),
            artifacts: z.array(artifactReference),
            error: z.string().nullable(),
            durationMs: z.number(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const checked = await app.tools.router
        .authorize({ caller: principal, name: request.params.name, arguments: request.body.arguments })
        .catch(async (error: unknown) => {
          const code = (error as { code?: string }).code;
          if (code === "PENNY_TOOL_FORBIDDEN" || code === "PENNY_TOOL_NOT_ALLOWED") {
            // A refused tool is an access decision: it goes in the audit log like any other denial.
            await app.database.withTenant(principal.tenantId, (tx) =>
              auditChange(tx, request, {
                tenantId: principal.tenantId,
                action: "tool.invoke",
                target: `tool:${request.params.name}`,
                outcome: "denied",
                data: { direct: true, code: code as string },
              }),
            );
          }
          throw error;
        });
      if (checked.needsApproval) {
        throw new PennyError(
          "PENNY_TOOL_APPROVAL_REQUIRED",
          `${checked.tool.name} needs a person's approval: ask for it in a conversation.`,
        );
      }
      const execution = await app.tools.router.execute(checked, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        database: app.database,
        now: new Date(),
        pythonSandbox: app.tools.pythonSandbox,
        createArtifact: async (draft) => {
          const created = await createArtifact({
            database: app.database,
            blobStore: app.blobStore,
            tenantId: principal.tenantId,
            kind: draft.kind as never,
            title: draft.title,
            mime: draft.mime,
            content: typeof draft.content === "string" ? draft.content : new Uint8Array(draft.content),
            lineage: { toolName: checked.tool.name, parents: draft.parents ?? [] },
          });
          return {
            id: created.id,
            version: created.version,
            kind: created.kind,
            title: created.title,
            mime: created.mime,
          };
        },
      });
      const succeeded = execution.outcome === "succeeded";
      await app.database.withTenant(principal.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: principal.tenantId,
          action: "tool.invoke",
          target: `tool:${checked.tool.name}`,
          outcome: succeeded ? "success" : "failure",
          data: {
            direct: true,
            outcome: execution.outcome,
            argumentsHash: auditPayloadHash(checked.arguments),
            resultHash: auditPayloadHash(execution.result ?? { error: execution.error ?? execution.outcome }),
            durationMs: Math.round(execution.durationMs),
          },
        }),
      );
      return {
        outcome: execution.outcome,
        summary: execution.result?.summary ?? null,
        data: execution.result?.data ?? null,
        artifacts: execution.result?.artifacts ?? [],
        error: execution.error ?? null,
        durationMs: execution.durationMs,
      };
    },
  );
};
