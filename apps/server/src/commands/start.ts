import path from "node:path";
import { ensureMasterKey, loadConfig } from "@penny/config";
import { type Database, migrate } from "@penny/db";
import type { PennyApp } from "../build-app.ts";
import { stopOnSignals } from "../graceful-shutdown.ts";
import { createLogger } from "../logger.ts";
import { openDatabase } from "../open-database.ts";
import { afterMigrate } from "../start-hooks.ts";
import { startTracing } from "../tracing.ts";
import { listenUrl } from "./listen-url.ts";
import { PortInUseError } from "./port-in-use-error.ts";

/**
 * `penny start`: reads the configuration, brings the database schema up to date, then serves until SIGINT or
 * SIGTERM. Whatever was opened before a failure is closed again, so a failed start leaves no lock behind.
 */
export async function start(environment: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(environment);
  // Before the app is imported: tracing patches Node's http module, which Fastify must load patched.
  const stopTracing = await startTracing(environment);
  const logger = createLogger({ level: config.logLevel });
  let database: Database | undefined;
  let app: PennyApp | undefined;
  const stop = async () => {
    await app?.close();
    await database?.close();
    await stopTracing();
  };

  try {
    const masterKey = await ensureMasterKey(config);
    if (masterKey.generated) {
      logger.warn(
        `Generated a master key in ${path.join(config.dataDir, "master.key")}; back it up with the data folder, as stored secrets cannot be read without it`,
      );
    }
    database = await openDatabase(config);
    const report = await migrate(database);
    if (report.applied.length > 0) logger.info({ applied: report.applied }, "Applied database migrations");
    await afterMigrate(config, database, logger);
    const { buildApp } = await import("../build-app.ts");
    app = buildApp({ config, database, logger, masterKey: masterKey.key });
    await listen(app, config.host, config.port);
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }

  logger.info(`Penny is listening on ${listenUrl(config.host, config.port)}`);
  stopOnSignals({ logger, timeoutMs: config.shutdownTimeoutMs, stop });
}

async function listen(app: PennyApp, host: string, port: number): Promise<void> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new PortInUseError(host, port, { cause: error });
    throw error;
  }
}
