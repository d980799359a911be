export {
  Database,
  type DatabaseKind,
  type Drizzle,
  type OpenDatabaseOptions,
  type Schema,
  type Scope,
  type Tx,
} from "./database.ts";
export {
  DataDirInUseError,
  InvalidTenantIdError,
  MigrationChangedError,
  MigrationError,
  rootMessage,
} from "./errors.ts";
export { type InsertInBatchesOptions, insertInBatches } from "./insert-in-batches.ts";
export {
  MIGRATIONS_DIR,
  type Migration,
  type MigrationReport,
  migrate,
  pendingMigrations,
  readMigrations,
} from "./migrate.ts";
export { resultRows } from "./result-rows.ts";
export { auditRowLevelSecurity, type RlsGap } from "./rls-audit.ts";
export { type ArtifactKind, artifactKinds } from "./schema/artifacts.ts";
export { type MemberRole, memberRoles } from "./schema/identity.ts";
export * as schema from "./schema/index.ts";
export { type JobProgress, jobStatuses } from "./schema/jobs.ts";
export {
  datasourceKinds,
  documentLanguages,
  documentStatuses,
  type IngestionProgress,
} from "./schema/knowledge.ts";
export { schemaTables } from "./schema-tables.ts";
