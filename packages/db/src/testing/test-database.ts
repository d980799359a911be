import { randomBytes } from "node:crypto";
import pg from "pg";
import { Database } from "../database.ts";
import { migrate } from "../migrate.ts";

export interface TestDatabase {
  database: Database;
  /** The URL of the fresh PostgreSQL database, or undefined for in-memory PGlite. */
  url: string | undefined;
  /** Closes the database and, on PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the server named by DATABASE_URL, or an
 * in-memory PGlite when DATABASE_URL is unset. Migrated unless `migrated: false`.
 */
export async function openTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL
    ? await createFreshPostgresDatabase(process.env.DATABASE_URL)
    : undefined;
  const database = await Database.open({ url, poolSize: 4 });
  if (options.migrated !== false) await migrate(database);
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      if (url && process.env.DATABASE_URL) await dropPostgresDatabase(process.env.DATABASE_URL, url);
    },
  };
}

/** Creates `penny_test_<random>` on the server of `serverUrl` and returns its URL. */
export async function createFreshPostgresDatabase(serverUrl: string, prefix = "penny_test"): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgresDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  await withAdminClient(serverUrl, (client) =>
    client.query(`drop database if exists "${name}" with (force)`),
  );
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
