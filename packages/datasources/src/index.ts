export type { ConnectionTestResult } from "./connection-test-result.ts";
export {
  type CreateDatasourceInput,
  createDatasourceSchema,
  datasourceNameSchema,
  type UpdateDatasourceInput,
  updateDatasourceSchema,
} from "./datasource-input.ts";
export type { DatasourceRuntime } from "./datasource-runtime.ts";
export { type DatasourceSchema, MAX_SCHEMA_TABLES } from "./datasource-schema.ts";
export { DatasourceConfigInvalidError } from "./errors/datasource-config-invalid-error.ts";
export { DatasourceKindNotBuiltError } from "./errors/datasource-kind-not-built-error.ts";
export { DatasourceNameTakenError } from "./errors/datasource-name-taken-error.ts";
export { DatasourceNotFoundError } from "./errors/datasource-not-found-error.ts";
export { DatasourceQueryError } from "./errors/datasource-query-error.ts";
export { DatasourceTimeoutError } from "./errors/datasource-timeout-error.ts";
export { DatasourceUnreachableError } from "./errors/datasource-unreachable-error.ts";
export { SqlRefusedError } from "./errors/sql-refused-error.ts";
export type { DatasourceKind, DatasourceKindInfo } from "./kinds/datasource-kind-info.ts";
export { type PostgresConfig, postgresConfigSchema } from "./kinds/postgres/postgres-config.ts";
export { datasourceKindRegistry, kindInfo } from "./kinds/registry.ts";
export { type LoadedTable, UploadTables } from "./kinds/upload/upload-tables.ts";
export {
  describeDatasourceSchema,
  type OpenedDatasource,
  openDatasource,
  queryDatasource,
  testDatasource,
} from "./open-datasource.ts";
export { type PreparedDatasource, prepareDatasource, prepareUpdate } from "./prepare-datasource.ts";
export type { Cell, QueryResult } from "./query-result.ts";
export { type GuardedSql, guardSql } from "./sql/guard-sql.ts";
export {
  type DatasourceView,
  deleteDatasource,
  findDatasource,
  insertDatasource,
  listDatasources,
  recordDatasourceTest,
  updateDatasource,
} from "./store/datasource-store.ts";
export { allowedDatasources, type EvaluateDatasourceGrants } from "./tools/datasource-access.ts";
export {
  createQueryDatasourceTool,
  type DatasourceToolsOptions,
  MODEL_ROW_CAP,
  type QueryDatasourceArguments,
} from "./tools/query-datasource.ts";
