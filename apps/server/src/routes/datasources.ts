import { createHash } from "node:crypto";
import {
  createDatasourceSchema,
  DatasourceNameTakenError,
  DatasourceNotFoundError,
  type DatasourceRuntime,
  type DatasourceView,
  datasourceKindRegistry,
  deleteDatasource,
  describeDatasourceSchema,
  findDatasource,
  insertDatasource,
  listDatasources,
  openDatasource,
  prepareDatasource,
  prepareUpdate,
  queryDatasource,
  recordDatasourceTest,
  testDatasource,
  UploadTables,
  updateDatasource,
  updateDatasourceSchema,
} from "@penny/datasources";
import { schema, type Tx } from "@penny/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const kindSchema = z
  .object({
    kind: z.enum(schema.datasourceKinds),
    label: z.string(),
    built: z.boolean().describe("False: declared in the registry, connecting one answers 422"),
    description: z.string(),
  })
  .meta({ id: "DatasourceKind" });

const datasourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(schema.datasourceKinds),
    config: z.record(z.string(), z.unknown()).describe("The settings; the password is never returned"),
    hasSecret: z.boolean(),
    lastTestedAt: z.date().nullable(),
    lastTestOk: z.boolean().nullable(),
    lastTestMessage: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Datasource" });

const testResultSchema = z
  .object({
    ok: z.boolean(),
    readOnly: z
      .boolean()
      .nullable()
      .describe("False: the role could change data (a warning); null: not known"),
    message: z.string(),
  })
  .meta({ id: "DatasourceTestResult" });

const tableSchema = z
  .object({
    tables: z.array(
      z.object({
        schema: z.string(),
        name: z.string(),
        columns: z.array(z.object({ name: z.string(), type: z.string() })),
      }),
    ),
    truncated: z.boolean(),
  })
  .meta({ id: "DatasourceSchema" });

const queryResultSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    truncated: z.boolean().describe("True when the datasource had more rows than its row limit"),
    rowLimit: z.number().int(),
  })
  .meta({ id: "DatasourceQueryResult" });

const params = z.object({ id: z.uuid().describe("The datasource's id") });
const queryBody = z.object({
  sql: z.string().min(1).max(20_000).describe("One SELECT; anything else is refused"),
});

const sqlHash = (sql: string) => createHash("sha256").update(sql).digest("hex");

async function datasourceOrThrow(tx: Tx, id: string): Promise<DatasourceView> {
  const found = await findDatasource(tx, id);
  if (!found) throw new DatasourceNotFoundError(`There is no datasource with id ${id}.`);
  return found;
}

async function refuseTakenName(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const existing = await findDatasource(tx, name);
  if (existing && existing.id !== exceptId) {
    throw new DatasourceNameTakenError(`A datasource called "${name}" already exists; choose another name.`);
  }
}

/**
 * Datasources (PostgreSQL, uploaded CSV/XLSX tables): settings in the database, passwords sealed in the vault, and
 * SQL only ever run on the datasource's own connection or private PGlite, never on the application's database.
 */
export const datasourceRoutes: FastifyPluginAsyncZod = async (app) => {
  // This plugin's own loaded tables; the query_datasource tool keeps its own in the engine.
  const uploadTables = new UploadTables(2);
  app.addHook("onClose", () => uploadTables.close());
  const runtime = (): DatasourceRuntime => ({
    masterKey: app.masterKey,
    blobStore: app.blobStore,
    uploadTables,
  });

  /** Opens the datasource inside a short tenant transaction; the outside work happens after it. */
  const open = (tenantId: string, id: string) =>
    app.database.withTenant(tenantId, async (tx) =>
      openDatasource(tx, runtime(), { tenantId, view: await datasourceOrThrow(tx, id) }),
    );

  app.get(
    "/v1/datasources",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary:
          "The tenant's datasources (never their passwords) and every kind, built or declared not built yet",
        tags: ["datasources"],
        response: {
          200: z.object({ kinds: z.array(kindSchema), datasources: z.array(datasourceSchema) }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const datasources = await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        listDatasources(tx),
      );
      return { kinds: [...datasourceKindRegistry], datasources };
    },
  );

  app.post(
    "/v1/datasources",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "Connect a PostgreSQL database or turn an uploaded CSV/XLSX file into a queryable table",
        tags: ["datasources"],
        body: createDatasourceSchema,
        response: { 201: z.object({ datasource: datasourceSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId, userId } = principalOf(request);
      const datasource = await app.database.withTenant(tenantId, async (tx) => {
        const prepared = await prepareDatasource(tx, runtime(), request.body);
        await refuseTakenName(tx, prepared.name);
        const created = await insertDatasource(tx, app.masterKey, {
          tenantId,
          userId: userId ?? null,
          ...prepared,
        });
        await auditChange(tx, request, {
          tenantId,
          action: "datasource.create",
          target: `datasource:${created.id}`,
          data: { name: created.name, kind: created.kind },
        });
        return created;
      });
      return reply.code(201).send({ datasource });
    },
  );

  app.get(
    "/v1/datasources/:id",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "One datasource, its settings and last test (never its password)",
        tags: ["datasources"],
        params,
        response: { 200: z.object({ datasource: datasourceSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const datasource = await app.database.withTenant(principalOf(request).tenantId, (tx) =>
        datasourceOrThrow(tx, request.params.id),
      );
      return { datasource };
    },
  );

  app.patch(
    "/v1/datasources/:id",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "Rename a datasource, change its settings or rotate its password; the last test is cleared",
        tags: ["datasources"],
        params,
        body: updateDatasourceSchema,
        response: { 200: z.object({ datasource: datasourceSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const datasource = await app.database.withTenant(tenantId, async (tx) => {
        const current = await datasourceOrThrow(tx, request.params.id);
        const name = request.body.name ?? current.name;
        if (name !== current.name) await refuseTakenName(tx, name, current.id);
        const { config, secret } = await prepareUpdate(current, request.body);
        const updated = await updateDatasource(tx, app.masterKey, {
          tenantId,
          id: current.id,
          name,
          config,
          secret,
        });
        if (!updated) throw new DatasourceNotFoundError(`There is no datasource with id ${current.id}.`);
        await auditChange(tx, request, {
          tenantId,
          action: "datasource.update",
          target: `datasource:${current.id}`,
          data: { name, passwordRotated: secret !== undefined },
        });
        return updated;
      });
      return { datasource };
    },
  );

  app.delete(
    "/v1/datasources/:id",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "Delete a datasource and its sealed password; the model can no longer query it",
        tags: ["datasources"],
        params,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.database.withTenant(tenantId, async (tx) => {
        const deleted = await deleteDatasource(tx, request.params.id);
        if (!deleted)
          throw new DatasourceNotFoundError(`There is no datasource with id ${request.params.id}.`);
        await auditChange(tx, request, {
          tenantId,
          action: "datasource.delete",
          target: `datasource:${deleted.id}`,
          data: { name: deleted.name, kind: deleted.kind },
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/v1/datasources/:id/test",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "Connect and run SELECT 1; says which role answered and warns when it could change data",
        tags: ["datasources"],
        params,
        response: { 200: z.object({ result: testResultSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const datasource = await open(tenantId, request.params.id);
      const result = await testDatasource(datasource, runtime());
      await app.database.withTenant(tenantId, async (tx) => {
        await recordDatasourceTest(tx, { id: datasource.view.id, result, testedAt: new Date() });
        await auditChange(tx, request, {
          tenantId,
          action: "datasource.test",
          target: `datasource:${datasource.view.id}`,
          outcome: result.ok ? "success" : "failure",
          data: { message: result.message },
        });
      });
      return { result };
    },
  );

  app.get(
    "/v1/datasources/:id/schema",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "The tables and columns the datasource's role can see (capped at 200 tables, 2000 columns)",
        tags: ["datasources"],
        params,
        response: { 200: z.object({ schema: tableSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const datasource = await open(principalOf(request).tenantId, request.params.id);
      return { schema: await describeDatasourceSchema(datasource) };
    },
  );

  app.post(
    "/v1/datasources/:id/query",
    {
      config: { access: "datasources:manage" },
      schema: {
        summary: "Try one SELECT from the admin console (same guard, row limit and timeout as the tool)",
        tags: ["datasources"],
        params,
        body: queryBody,
        response: { 200: queryResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const datasource = await open(tenantId, request.params.id);
      const audit = (outcome: "success" | "failure", data: Record<string, string | number | boolean>) =>
        app.database.withTenant(tenantId, (tx) =>
          auditChange(tx, request, {
            tenantId,
            action: "datasource.query",
            target: `datasource:${datasource.view.id}`,
            outcome,
            data: { sqlSha256: sqlHash(request.body.sql), ...data },
          }),
        );
      try {
        const result = await queryDatasource(datasource, runtime(), request.body.sql);
        await audit("success", { rows: result.rows.length, truncated: result.truncated });
        return result;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        await audit("failure", { code: typeof code === "string" ? code : "unknown" });
        throw error;
      }
    },
  );
};
