import type { Tx } from "@penny/db";
import type { z } from "zod";
import type { CreateDatasourceInput, UpdateDatasourceInput } from "./datasource-input.ts";
import type { DatasourceRuntime } from "./datasource-runtime.ts";
import { DatasourceConfigInvalidError } from "./errors/datasource-config-invalid-error.ts";
import { DatasourceKindNotBuiltError } from "./errors/datasource-kind-not-built-error.ts";
import type { DatasourceKind } from "./kinds/datasource-kind-info.ts";
import { postgresConfigSchema } from "./kinds/postgres/postgres-config.ts";
import { resolveDatasourceHost } from "./kinds/postgres/resolve-datasource-host.ts";
import { kindInfo } from "./kinds/registry.ts";
import { inferColumns, tableNameFor } from "./kinds/upload/infer-columns.ts";
import { readUploadTable, tableFormatOf } from "./kinds/upload/read-upload-table.ts";
import { type UploadConfig, uploadConfigSchema } from "./kinds/upload/upload-config.ts";
import { findUploadedFile } from "./store/datasource-store.ts";

/** A datasource ready to store: checked settings and, for kinds that have one, the secret to seal. */
export interface PreparedDatasource {
  name: string;
  kind: DatasourceKind;
  config: Record<string, unknown>;
  secret: unknown;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new DatasourceConfigInvalidError(
    `The ${what} are not valid (${path}${issue?.message ?? "invalid"}).`,
  );
}

/** A link-local host is refused at creation already, not only at the first query. */
async function refuseBlockedHost(host: string): Promise<void> {
  try {
    await resolveDatasourceHost(host);
  } catch (error) {
    if (error instanceof DatasourceConfigInvalidError) throw error;
    // An unknown host is allowed to be saved: the test says it cannot be reached.
  }
}

/**
 * Checks a new datasource by kind. A PostgreSQL datasource keeps its password apart (sealed); an upload reads the
 * tenant's file once, to refuse a file that is not a table and to fix the typed columns its queries will see.
 */
export async function prepareDatasource(
  tx: Tx,
  runtime: Pick<DatasourceRuntime, "blobStore">,
  input: CreateDatasourceInput,
): Promise<PreparedDatasource> {
  if (!kindInfo(input.kind).built) {
    throw new DatasourceKindNotBuiltError(
      `${kindInfo(input.kind).label} datasources are not built yet. ${kindInfo(input.kind).description}`,
    );
  }
  if (input.kind === "postgres") {
    await refuseBlockedHost(input.config.host);
    return { name: input.name, kind: "postgres", config: input.config, secret: { password: input.password } };
  }
  if (input.kind !== "upload") throw new DatasourceKindNotBuiltError(`${input.kind} is not built yet.`);
  const file = await findUploadedFile(tx, input.fileId);
  if (!file) throw new DatasourceConfigInvalidError(`There is no uploaded file with id ${input.fileId}.`);
  const format = tableFormatOf(file.mime, file.name);
  if (!format) {
    throw new DatasourceConfigInvalidError(
      `"${file.name}" (${file.mime}) is not a CSV or XLSX file; only those become queryable tables.`,
    );
  }
  const bytes = await runtime.blobStore.get(file.blobKey);
  if (!bytes) throw new DatasourceConfigInvalidError(`The bytes of "${file.name}" are missing from storage.`);
  const table = await readUploadTable(bytes, format);
  const config: UploadConfig = {
    fileId: file.id,
    fileName: file.name,
    format,
    blobKey: file.blobKey,
    table: tableNameFor(input.name),
    columns: inferColumns(table.header, table.rows),
    rowCount: table.rows.length,
    rowLimit: input.rowLimit ?? 1000,
    statementTimeoutMs: input.statementTimeoutMs ?? 10_000,
  };
  return { name: input.name, kind: "upload", config, secret: undefined };
}

/** The settings after an update: the patch merged over the stored settings and checked again. */
export async function prepareUpdate(
  current: { kind: DatasourceKind; config: Record<string, unknown> },
  input: UpdateDatasourceInput,
): Promise<{ config: Record<string, unknown>; secret: unknown }> {
  const patch = input.config ?? {};
  if (current.kind === "postgres") {
    const config = parseOrThrow(postgresConfigSchema, { ...current.config, ...patch }, "PostgreSQL settings");
    await refuseBlockedHost(config.host);
    return { config, secret: input.password === undefined ? undefined : { password: input.password } };
  }
  if (input.password !== undefined) {
    throw new DatasourceConfigInvalidError("Only a PostgreSQL datasource has a password.");
  }
  if (current.kind === "upload") {
    // Only the limits of an upload can change; the file and its columns stay what was loaded.
    const limits = parseOrThrow(
      uploadConfigSchema.pick({ rowLimit: true, statementTimeoutMs: true }).strict(),
      patch,
      "upload settings (only rowLimit and statementTimeoutMs can change)",
    );
    return { config: { ...current.config, ...limits }, secret: undefined };
  }
  throw new DatasourceKindNotBuiltError(`${kindInfo(current.kind).label} datasources are not built yet.`);
}
