import {
  type Caller,
  createPreset,
  deletePreset,
  listPresets,
  PresetError,
  type PresetView,
  updatePreset,
} from "@penny/chat";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { callerOf } from "../chat-caller.ts";
import { problemResponses } from "../errors/problem-document.ts";

/** Who may create, change and delete the presets everyone in the tenant sees. */
const WORKSPACE_PRESETS_PERMISSION = "policies:manage";

const presetSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    instructions: z.string(),
    model: z.string().nullable(),
    toolsAllowed: z.array(z.string()).nullable(),
    scope: z.enum(["personal", "workspace"]),
    createdAt: z.date(),
  })
  .meta({ id: "Preset" });

const fields = {
  name: z.string().trim().min(1, "must not be empty").max(100),
  instructions: z
    .string()
    .max(8_000)
    .describe("Added to the system prompt of every answer that uses the preset"),
  model: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200)
    .regex(/^[^\p{Cc}]+$/u, "must not contain control characters")
    .nullable()
    .describe("A model id from GET /v1/models, used when a message names none; null: the tenant's default"),
  toolsAllowed: z
    .array(z.string().min(1).max(64))
    .max(50)
    .nullable()
    .describe("Tool names from GET /v1/tools, used when a message names none; null: every tool you may use"),
};

const presetParams = z.object({ id: z.uuid() });

/** Presets: saved instructions, model and tools, your own and the workspace's (shared by the whole tenant). */
export const presetRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The listed tools, each registered, without repeats; PresetError naming the unknown one otherwise. */
  const knownTools = (names: string[] | null | undefined): string[] | null | undefined => {
    if (!names) return names;
    const unknown = names.find((name) => !app.tools.registry.get(name));
    if (unknown !== undefined) {
      const known = app.tools.registry.list().map((tool) => tool.name);
      throw new PresetError(
        "PENNY_VALIDATION_FAILED",
        `toolsAllowed names "${unknown}", which is no tool here; the tools are: ${known.join(", ")}.`,
      );
    }
    return [...new Set(names)];
  };
  const mayManageWorkspace = (caller: Caller) => caller.permissions.has(WORKSPACE_PRESETS_PERMISSION);
  const audited = (preset: PresetView) => ({
    target: `preset:${preset.id}`,
    data: { name: preset.name, scope: preset.scope },
    payload: { instructions: preset.instructions },
  });

  app.get(
    "/v1/presets",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Your presets and the workspace's, workspace first",
        tags: ["presets"],
        response: { 200: z.object({ presets: z.array(presetSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const presets = await app.database.withTenant(caller.tenantId, (tx) =>
        listPresets(tx, { userId: caller.userId }),
      );
      return { presets };
    },
  );

  app.post(
    "/v1/presets",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Save a preset: yours, or the workspace's (needs policies:manage)",
        tags: ["presets"],
        body: z.object({
          name: fields.name,
          instructions: fields.instructions.default(""),
          model: fields.model.default(null),
          toolsAllowed: fields.toolsAllowed.default(null),
          scope: z.enum(["personal", "workspace"]).default("personal"),
        }),
        response: { 201: z.object({ preset: presetSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { scope, ...body } = request.body;
      if (scope === "workspace" && !mayManageWorkspace(caller)) {
        throw new PresetError(
          "PENNY_FORBIDDEN",
          "Only people who manage the workspace's policies may save workspace presets; save it as your own instead.",
        );
      }
      const toolsAllowed = knownTools(body.toolsAllowed) ?? null;
      const preset = await app.database.withTenant(caller.tenantId, async (tx) => {
        const created = await createPreset(tx, {
          tenantId: caller.tenantId,
          userId: caller.userId,
          scope,
          fields: { ...body, toolsAllowed },
        });
        await auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "preset.create",
          ...audited(created),
        });
        return created;
      });
      return reply.code(201).send({ preset });
    },
  );

  app.patch(
    "/v1/presets/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Change a preset: yours, or the workspace's (needs policies:manage)",
        tags: ["presets"],
        params: presetParams,
        body: z
          .object({
            name: fields.name.optional(),
            instructions: fields.instructions.optional(),
            model: fields.model.optional(),
            toolsAllowed: fields.toolsAllowed.optional(),
          })
          .refine(
            (body) => Object.values(body).some((value) => value !== undefined),
            "change at least one field",
          ),
        response: { 200: z.object({ preset: presetSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const changes = { ...request.body, toolsAllowed: knownTools(request.body.toolsAllowed) };
      const preset = await app.database.withTenant(caller.tenantId, async (tx) => {
        const updated = await updatePreset(tx, {
          tenantId: caller.tenantId,
          userId: caller.userId,
          presetId: request.params.id,
          mayManageWorkspace: mayManageWorkspace(caller),
          changes,
        });
        await auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "preset.update",
          ...audited(updated),
        });
        return updated;
      });
      return { preset };
    },
  );

  app.delete(
    "/v1/presets/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Delete a preset: yours, or the workspace's (needs policies:manage)",
        tags: ["presets"],
        params: presetParams,
        response: { 204: z.null().describe("Deleted"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await app.database.withTenant(caller.tenantId, async (tx) => {
        const deleted = await deletePreset(tx, {
          userId: caller.userId,
          presetId: request.params.id,
          mayManageWorkspace: mayManageWorkspace(caller),
        });
        await auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "preset.delete",
          ...audited(deleted),
        });
      });
      return reply.code(204).send(null);
    },
  );
};
