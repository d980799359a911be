import type { Tx } from "@penny/db";
import type { ConnectionTestResult } from "./connection-test-result.ts";
import type { DatasourceRuntime } from "./datasource-runtime.ts";
import { type DatasourceSchema, groupColumns } from "./datasource-schema.ts";
import { DatasourceKindNotBuiltError } from "./errors/datasource-kind-not-built-error.ts";
import { DatasourceUnreachableError } from "./errors/datasource-unreachable-error.ts";
import { introspectPostgres } from "./kinds/postgres/introspect-postgres.ts";
import {
  type PostgresConfig,
  type PostgresSecret,
  postgresConfigSchema,
  postgresSecretSchema,
} from "./kinds/postgres/postgres-config.ts";
import { runPostgresQuery } from "./kinds/postgres/run-postgres-query.ts";
import { testPostgresConnection } from "./kinds/postgres/test-postgres-connection.ts";
import { kindInfo } from "./kinds/registry.ts";
import { readUploadTable } from "./kinds/upload/read-upload-table.ts";
import { type UploadConfig, uploadConfigSchema } from "./kinds/upload/upload-config.ts";
import type { QueryResult } from "./query-result.ts";
import { guardSql } from "./sql/guard-sql.ts";
import { type DatasourceView, loadDatasourceSecret } from "./store/datasource-store.ts";

/** A datasource with its settings re-read through its kind's schema and its secret out of the vault. */
export type OpenedDatasource =
  | { view: DatasourceView; kind: "postgres"; config: PostgresConfig; secret: PostgresSecret }
  | { view: DatasourceView; kind: "upload"; config: UploadConfig };

/** Opens a stored datasource inside the tenant's transaction; the outside work happens after it, never inside. */
export async function openDatasource(
  tx: Tx,
  runtime: Pick<DatasourceRuntime, "masterKey">,
  input: { tenantId: string; view: DatasourceView },
): Promise<OpenedDatasource> {
  const { view } = input;
  if (view.kind === "postgres") {
    const secret = await loadDatasourceSecret(tx, runtime.masterKey, {
      tenantId: input.tenantId,
      id: view.id,
    });
    return {
      view,
      kind: "postgres",
      config: postgresConfigSchema.parse(view.config),
      secret: postgresSecretSchema.parse(secret ?? {}),
    };
  }
  if (view.kind === "upload") return { view, kind: "upload", config: uploadConfigSchema.parse(view.config) };
  throw new DatasourceKindNotBuiltError(`${kindInfo(view.kind).label} datasources are not built yet.`);
}

/** Guards the SQL (refused before it reaches the datasource), then runs it with the datasource's limits. */
export async function queryDatasource(
  datasource: OpenedDatasource,
  runtime: DatasourceRuntime,
  sql: string,
): Promise<QueryResult> {
  const guarded = await guardSql(sql);
  if (datasource.kind === "postgres")
    return runPostgresQuery(datasource.config, datasource.secret, guarded.sql);
  const { config } = datasource;
  return runtime.uploadTables.query({
    key: `${config.blobKey}:${config.table}:${config.columns.map((column) => column.type).join(",")}`,
    sql: guarded.sql,
    rowLimit: config.rowLimit,
    timeoutMs: config.statementTimeoutMs,
    load: async () => {
      const bytes = await runtime.blobStore.get(config.blobKey);
      if (!bytes)
        throw new DatasourceUnreachableError(`The bytes of "${config.fileName}" are missing from storage.`);
      const table = await readUploadTable(bytes, config.format);
      return { table: config.table, columns: config.columns, rows: table.rows };
    },
  });
}

/** Checks that the datasource answers; for PostgreSQL also whether its role could write. */
export async function testDatasource(
  datasource: OpenedDatasource,
  runtime: DatasourceRuntime,
): Promise<ConnectionTestResult> {
  if (datasource.kind === "postgres") return testPostgresConnection(datasource.config, datasource.secret);
  try {
    const result = await queryDatasource(
      datasource,
      runtime,
      `SELECT count(*) AS row_count FROM "${datasource.config.table}"`,
    );
    return {
      ok: true,
      readOnly: true,
      message: `The table "${datasource.config.table}" from ${datasource.config.fileName} answers with ${result.rows[0]?.[0] ?? 0} rows.`,
    };
  } catch (error) {
    return { ok: false, readOnly: null, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Tables and columns of the datasource, for the schema browser and the model. */
export async function describeDatasourceSchema(datasource: OpenedDatasource): Promise<DatasourceSchema> {
  if (datasource.kind === "postgres") return introspectPostgres(datasource.config, datasource.secret);
  const { config } = datasource;
  return groupColumns(
    config.columns.map((column) => ({
      schema: "public",
      table: config.table,
      column: column.name,
      type: column.type,
    })),
    false,
  );
}
