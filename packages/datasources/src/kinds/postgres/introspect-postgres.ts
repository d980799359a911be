import type { DatasourceSchema } from "../../datasource-schema.ts";
import { groupColumns } from "../../datasource-schema.ts";
import type { PostgresConfig, PostgresSecret } from "./postgres-config.ts";
import { inReadOnlyTransaction } from "./run-postgres-query.ts";

const MAX_COLUMNS = 2000;

/** Tables and columns the datasource's role can see (information_schema), capped for the UI and the model. */
export async function introspectPostgres(
  config: PostgresConfig,
  secret: PostgresSecret,
): Promise<DatasourceSchema> {
  return inReadOnlyTransaction(config, secret, async (client) => {
    const { rows } = await client.query<{ schema: string; table: string; column: string; type: string }>(
      `SELECT table_schema AS schema, table_name AS table, column_name AS column, data_type AS type
       FROM information_schema.columns
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'
         AND ($1::text IS NULL OR table_schema = $1)
       ORDER BY table_schema, table_name, ordinal_position
       LIMIT ${MAX_COLUMNS + 1}`,
      [config.schema ?? null],
    );
    return groupColumns(rows.slice(0, MAX_COLUMNS), rows.length > MAX_COLUMNS);
  });
}
