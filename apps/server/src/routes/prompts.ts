import {
  createPromptTemplate,
  deletePromptTemplate,
  getPromptTemplate,
  listPromptTemplates,
  promptTemplateInputSchema,
  promptTemplatePatchSchema,
  promptVariableValuesSchema,
  readSystemPrompt,
  renderPromptTemplate,
  SYSTEM_PROMPT_MAX_LENGTH,
  systemPromptTextSchema,
  updatePromptTemplate,
  writeSystemPrompt,
} from "@penny/models";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const systemPromptSchema = z
  .object({
    text: z.string().describe("Sent to every model first, before presets and memory; empty when none"),
    updatedAt: z.date().nullable().describe("Null: never written"),
  })
  .meta({ id: "TenantSystemPrompt" });

const templateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    body: z.string().describe("Text with {{variable}} placeholders"),
    variables: z.array(z.object({ name: z.string(), description: z.string().optional() })),
    createdBy: z.uuid().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "PromptTemplate" });

const templateParams = z.object({ id: z.uuid() });
const tags = ["prompts"];

/** The tenant's system prompt and its prompt templates: members read and render, admins write. */
export const promptRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/prompts/system",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "The tenant's system prompt: the instructions every model reads first",
        tags,
        response: { 200: z.object({ systemPrompt: systemPromptSchema }), ...problemResponses },
      },
    },
    async (request) => ({
      systemPrompt: await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        readSystemPrompt(tx),
      ),
    }),
  );

  app.put(
    "/v1/prompts/system",
    {
      config: { access: "policies:manage" },
      schema: {
        summary: `Replace the tenant's system prompt (at most ${SYSTEM_PROMPT_MAX_LENGTH} characters; empty clears it)`,
        tags,
        body: z.object({ text: systemPromptTextSchema }),
        response: { 200: z.object({ systemPrompt: systemPromptSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { text } = request.body;
      const systemPrompt = await app.database.withTenant(tenantId, async (tx) => {
        const written = await writeSystemPrompt(tx, tenantId, text);
        await auditChange(tx, request, {
          tenantId,
          action: "prompt.system.update",
          target: "prompt:system",
          data: { length: text.length },
          payload: { text },
        });
        return written;
      });
      return { systemPrompt };
    },
  );

  app.get(
    "/v1/prompts/templates",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "The tenant's prompt templates, by name",
        tags,
        response: { 200: z.object({ templates: z.array(templateSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      templates: await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        listPromptTemplates(tx),
      ),
    }),
  );

  app.post(
    "/v1/prompts/templates",
    {
      config: { access: "policies:manage" },
      schema: {
        summary: "Add a prompt template; without `variables` they are the {{placeholders}} the body uses",
        tags,
        body: promptTemplateInputSchema,
        response: { 201: z.object({ template: templateSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId, userId } = principalOf(request);
      const template = await app.database.withTenant(tenantId, async (tx) => {
        const created = await createPromptTemplate(tx, { tenantId, userId, template: request.body });
        await auditChange(tx, request, {
          tenantId,
          action: "prompt.template.create",
          target: `prompt_template:${created.id}`,
          data: { name: created.name, variables: created.variables.map((variable) => variable.name) },
          payload: { body: created.body },
        });
        return created;
      });
      return reply.code(201).send({ template });
    },
  );

  app.get(
    "/v1/prompts/templates/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "One prompt template",
        tags,
        params: templateParams,
        response: { 200: z.object({ template: templateSchema }), ...problemResponses },
      },
    },
    async (request) => ({
      template: await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        getPromptTemplate(tx, request.params.id),
      ),
    }),
  );

  app.patch(
    "/v1/prompts/templates/:id",
    {
      config: { access: "policies:manage" },
      schema: {
        summary:
          "Change a template's fields; a new body without `variables` keeps the descriptions it still uses",
        tags,
        params: templateParams,
        body: promptTemplatePatchSchema,
        response: { 200: z.object({ template: templateSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const template = await app.database.withTenant(tenantId, async (tx) => {
        const updated = await updatePromptTemplate(tx, {
          templateId: request.params.id,
          patch: request.body,
        });
        await auditChange(tx, request, {
          tenantId,
          action: "prompt.template.update",
          target: `prompt_template:${updated.id}`,
          data: { name: updated.name, changed: Object.keys(request.body).sort() },
          payload: { body: updated.body },
        });
        return updated;
      });
      return { template };
    },
  );

  app.delete(
    "/v1/prompts/templates/:id",
    {
      config: { access: "policies:manage" },
      schema: {
        summary: "Remove a prompt template",
        tags,
        params: templateParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.database.withTenant(tenantId, async (tx) => {
        const deleted = await deletePromptTemplate(tx, request.params.id);
        await auditChange(tx, request, {
          tenantId,
          action: "prompt.template.delete",
          target: `prompt_template:${deleted.id}`,
          data: { name: deleted.name },
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/v1/prompts/templates/:id/render",
    {
      config: { access: "conversations:use" },
      schema: {
        summary:
          "Fill a template's variables; every declared variable needs a value and no other is accepted",
        tags,
        params: templateParams,
        body: z.object({ variables: promptVariableValuesSchema.default({}) }),
        response: { 200: z.object({ text: z.string() }), ...problemResponses },
      },
    },
    async (request) => {
      const template = await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        getPromptTemplate(tx, request.params.id),
      );
      return { text: renderPromptTemplate(template, request.body.variables) };
    },
  );
};
