import pg from "pg";
import { DatasourceUnreachableError } from "../../errors/datasource-unreachable-error.ts";
import type { PostgresConfig, PostgresSecret } from "./postgres-config.ts";
import { resolveDatasourceHost } from "./resolve-datasource-host.ts";

const CONNECT_TIMEOUT_MS = 5000;

/** A fresh connection of the datasource's own (never the application's pool), closed by the caller. */
export async function openPostgresClient(config: PostgresConfig, secret: PostgresSecret): Promise<pg.Client> {
  const address = await resolveDatasourceHost(config.host);
  const client = new pg.Client({
    host: address,
    port: config.port,
    database: config.database,
    user: config.user,
    password: secret.password,
    ssl:
      config.sslmode === "disable"
        ? false
        : { rejectUnauthorized: config.sslmode === "verify-full", servername: config.host },
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A second stop in case the server ignores statement_timeout (a proxy in between).
    query_timeout: config.statementTimeoutMs + CONNECT_TIMEOUT_MS,
    application_name: "penny-datasource",
  });
  // An idle connection dropped by the server must not crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    throw new DatasourceUnreachableError(
      `Cannot connect to PostgreSQL at ${config.host}:${config.port}/${config.database} as ${config.user}: ${message}.`,
    );
  }
  return client;
}
