import path from "node:path";
import type { Config } from "@penny/config";
import { Database } from "@penny/db";

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder. */
export function openDatabase(config: Config): Promise<Database> {
  return Database.open({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, "pglite"),
  });
}
