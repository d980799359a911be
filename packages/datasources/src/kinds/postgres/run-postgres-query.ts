import type pg from "pg";
import { DatasourceQueryError } from "../../errors/datasource-query-error.ts";
import { DatasourceTimeoutError } from "../../errors/datasource-timeout-error.ts";
import { limitRows, type QueryResult } from "../../query-result.ts";
import { wrapWithLimit } from "../../sql/wrap-with-limit.ts";
import { openPostgresClient } from "./open-postgres-client.ts";
import type { PostgresConfig, PostgresSecret } from "./postgres-config.ts";

/**
 * Runs work inside `BEGIN READ ONLY` with the datasource's statement timeout and search path, on its own short
 * connection, and always rolls back: even a function that writes cannot keep its change.
 */
export async function inReadOnlyTransaction<T>(
  config: PostgresConfig,
  secret: PostgresSecret,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = await openPostgresClient(config, secret);
  try {
    await client.query("BEGIN READ ONLY");
    await client.query(`SET LOCAL statement_timeout = ${Math.floor(config.statementTimeoutMs)}`);
    if (config.schema) {
      await client.query(`SET LOCAL search_path TO ${client.escapeIdentifier(config.schema)}`);
    }
    return await work(client);
  } catch (error) {
    throw describeQueryError(error, config);
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end().catch(() => {});
  }
}

/** One guarded SELECT against a PostgreSQL datasource, at most rowLimit rows (one more fetched to see truncation). */
export async function runPostgresQuery(
  config: PostgresConfig,
  secret: PostgresSecret,
  guardedSql: string,
): Promise<QueryResult> {
  return inReadOnlyTransaction(config, secret, async (client) => {
    const result = await client.query({
      text: wrapWithLimit(guardedSql, config.rowLimit + 1),
      rowMode: "array",
    });
    return limitRows(
      result.fields.map((field) => field.name),
      result.rows as unknown[][],
      config.rowLimit,
    );
  });
}

function describeQueryError(error: unknown, config: PostgresConfig): unknown {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "57014" || /query read timeout/i.test(message)) {
    return new DatasourceTimeoutError(
      `The query ran longer than ${config.statementTimeoutMs} ms, the datasource's statement timeout, and was stopped.`,
    );
  }
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
    return new DatasourceQueryError(`PostgreSQL refused the query: ${message}.`);
  }
  return error;
}
