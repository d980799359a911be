import type { Logger } from "pino";

export interface StopOnSignalsOptions {
  logger: Logger;
  /** After this long the process exits anyway, with code 1, so a stuck request cannot block a deploy forever. */
  timeoutMs: number;
  /** Stops taking requests, waits for those in flight, then releases everything; resolves when all is closed. */
  stop: () => Promise<void>;
}

/**
 * Stops the process cleanly on SIGINT or SIGTERM: requests in flight finish, the database and tracing close,
 * and the exit code is 0. A second signal exits at once, for the person pressing Ctrl-C twice.
 */
export function stopOnSignals(options: StopOnSignalsOptions): void {
  const { logger } = options;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "Second signal received; exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "Shutting down; finishing requests in flight");
    setTimeout(() => {
      logger.error(`Shutdown took longer than ${options.timeoutMs} ms; exiting anyway`);
      process.exit(1);
    }, options.timeoutMs).unref();
    options.stop().then(
      () => {
        logger.info("Penny stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "Shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
