import { loadConfig } from "@penny/config";
import type { Database } from "@penny/db";
import { openTestDatabase } from "@penny/db/testing";
import type { FastifyBaseLogger } from "fastify";
import { buildApp, type PennyApp } from "../build-app.ts";
import { createLogger } from "../logger.ts";
import type { EngineOptions } from "../plugins/engine.ts";

/** A fixed master key for test apps; CSRF tokens are derived from it. */
export const TEST_MASTER_KEY = Buffer.alloc(32, 42);

export interface TestApp {
  app: PennyApp;
  database: Database;
  /** Closes the app, then the database (dropping it on PostgreSQL). */
  dispose(): Promise<void>;
}

/**
 * A real app on a fresh test database (PGlite in memory, or PostgreSQL when DATABASE_URL is set). Not ready yet,
 * so a test can add its own routes before the first `inject`.
 */
export async function openTestApp(
  options: {
    migrated?: boolean;
    logger?: FastifyBaseLogger;
    environment?: Record<string, string>;
    engine?: EngineOptions;
  } = {},
): Promise<TestApp> {
  const testDatabase = await openTestDatabase({ migrated: options.migrated ?? true });
  const config = loadConfig({ LOG_LEVEL: "silent", ...options.environment });
  const app = buildApp({
    config,
    database: testDatabase.database,
    logger: options.logger ?? createLogger({ level: "silent" }),
    masterKey: TEST_MASTER_KEY,
    // No background sweep in tests: they expire approvals by calling the sweep themselves.
    engine: { approvalSweepMs: 0, ...options.engine },
  });
  return {
    app,
    database: testDatabase.database,
    dispose: async () => {
      await app.close();
      await testDatabase.dispose();
    },
  };
}
