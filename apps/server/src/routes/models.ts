import {
  BUILTIN_MODEL_ID,
  createProvider,
  deleteProvider,
  listProviders,
  modelPolicySchema,
  ProviderSettingsInvalidError,
  providerKinds,
  providerModelSchema,
  providerSettingsSchema,
  readModelPolicy,
  updateProvider,
  writeModelPolicy,
} from "@penny/models";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const providerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(providerKinds),
    baseUrl: z.string().nullable(),
    models: z.array(providerModelSchema),
    enabled: z.boolean(),
    priority: z.number().int(),
    hasApiKey: z.boolean().describe("A key is stored; it is never returned"),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "ModelProvider" });

const providerBody = z.object({
  kind: z.enum(providerKinds),
  name: z.string().trim().min(1).max(100),
  baseUrl: z
    .string()
    .max(2000)
    .optional()
    .describe("Required for openai-compatible (Ollama, vLLM, TGI, LM Studio)"),
  apiKey: z
    .string()
    .min(1)
    .max(4000)
    .optional()
    .describe("Stored encrypted; omit on update to keep the stored key"),
  models: z.array(providerModelSchema).min(1).max(100),
  enabled: z.boolean().optional(),
  priority: z.number().int().min(0).max(10_000).optional().describe("Lower is tried first"),
});

/** Checks the settings with the models package's schema so its messages (with paths) reach the person. */
function parseSettings(body: z.infer<typeof providerBody>) {
  const { enabled, priority, ...settings } = body;
  const parsed = providerSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    throw new ProviderSettingsInvalidError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.join(".") || "settings",
        message: issue.message,
      })),
    );
  }
  return { settings: parsed.data, enabled, priority };
}

const modelEntry = z
  .object({
    id: z.string().describe("What to send as `model` in a chat message"),
    label: z.string(),
    provider: z.string().nullable(),
    size: z.enum(["small", "large"]).nullable(),
    local: z.boolean(),
  })
  .meta({ id: "Model" });

/** Models a tenant may answer with: its providers (keys encrypted, never returned), its policy, the built-in model. */
export const modelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/models",
    {
      config: { access: "conversations:use" },
      schema: {
        summary:
          "The models you can pick, with the tenant's default; the built-in offline model is always there",
        tags: ["models"],
        response: {
          200: z.object({ models: z.array(modelEntry), defaultModel: z.string() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { providers, policy } = await app.database.withTenant(tenantId, async (tx) => ({
        providers: await listProviders(tx),
        policy: await readModelPolicy(tx),
      }));
      const configured = providers
        .filter((provider) => provider.enabled)
        .flatMap((provider) =>
          provider.models
            .filter((model) => policy.externalAllowed || model.local)
            .map((model) => ({
              id: `${provider.name}/${model.id}`,
              label: model.label ?? `${provider.name} · ${model.id}`,
              provider: provider.name,
              size: model.size,
              local: model.local,
            })),
        );
      const builtin = {
        id: BUILTIN_MODEL_ID,
        label: "Built-in (offline)",
        provider: null,
        size: null,
        local: true,
      };
      return {
        models: [...configured, builtin],
        defaultModel: policy.defaultModel ?? configured[0]?.id ?? BUILTIN_MODEL_ID,
      };
    },
  );

  app.get(
    "/v1/models/providers",
    {
      config: { access: "models:manage" },
      schema: {
        summary: "The tenant's model providers (never their keys)",
        tags: ["models"],
        response: { 200: z.object({ providers: z.array(providerSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      providers: await app.database.withTenant(principalOf(request).tenantId, (tx) => listProviders(tx)),
    }),
  );

  app.post(
    "/v1/models/providers",
    {
      config: { access: "models:manage" },
      schema: {
        summary: "Add a model provider: OpenAI, Anthropic, Google or an OpenAI-compatible server",
        tags: ["models"],
        body: providerBody,
        response: { 201: z.object({ provider: providerSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const { settings, enabled, priority } = parseSettings(request.body);
      const provider = await app.database.withTenant(tenantId, async (tx) => {
        const created = await createProvider(tx, app.masterKey, { tenantId, settings, enabled, priority });
        await auditChange(tx, request, {
          tenantId,
          action: "model_provider.create",
          target: `model_provider:${created.id}`,
          data: { name: created.name, kind: created.kind, hasApiKey: created.hasApiKey },
        });
        return created;
      });
      return reply.code(201).send({ provider });
    },
  );

  app.put(
    "/v1/models/providers/:id",
    {
      config: { access: "models:manage" },
      schema: {
        summary: "Replace a provider's settings (omit apiKey to keep the stored key; send one to rotate it)",
        tags: ["models"],
        params: z.object({ id: z.uuid() }),
        body: providerBody,
        response: { 200: z.object({ provider: providerSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { settings, enabled, priority } = parseSettings(request.body);
      const provider = await app.database.withTenant(tenantId, async (tx) => {
        const updated = await updateProvider(tx, app.masterKey, {
          tenantId,
          providerId: request.params.id,
          settings,
          enabled,
          priority,
        });
        await auditChange(tx, request, {
          tenantId,
          action: "model_provider.update",
          target: `model_provider:${updated.id}`,
          data: { name: updated.name, keyRotated: request.body.apiKey !== undefined },
        });
        return updated;
      });
      return { provider };
    },
  );

  app.delete(
    "/v1/models/providers/:id",
    {
      config: { access: "models:manage" },
      schema: {
        summary: "Remove a provider and its stored key",
        tags: ["models"],
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.database.withTenant(tenantId, async (tx) => {
        const deleted = await deleteProvider(tx, request.params.id);
        await auditChange(tx, request, {
          tenantId,
          action: "model_provider.delete",
          target: `model_provider:${deleted.id}`,
          data: { name: deleted.name },
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/v1/models/policy",
    {
      config: { access: "models:manage" },
      schema: {
        summary: "The tenant's default model and whether hosted (external) models may be used",
        tags: ["models"],
        response: { 200: z.object({ policy: modelPolicySchema }), ...problemResponses },
      },
    },
    async (request) => ({
      policy: await app.database.withTenant(principalOf(request).tenantId, (tx) => readModelPolicy(tx)),
    }),
  );

  app.put(
    "/v1/models/policy",
    {
      config: { access: "models:manage" },
      schema: {
        summary: "Set the default model and whether hosted (external) models may be used",
        tags: ["models"],
        body: modelPolicySchema,
        response: { 200: z.object({ policy: modelPolicySchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      await app.database.withTenant(tenantId, async (tx) => {
        await writeModelPolicy(tx, tenantId, request.body);
        await auditChange(tx, request, {
          tenantId,
          action: "model_policy.update",
          target: "policy:models",
          data: {
            defaultModel: request.body.defaultModel ?? null,
            externalAllowed: request.body.externalAllowed,
          },
        });
      });
      return { policy: request.body };
    },
  );
};
