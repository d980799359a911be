import type { Logger } from "pino";
import { createLogger } from "../logger.ts";

export interface LogCapture {
  /** Penny's own logger (redaction included), writing into memory instead of stdout. */
  logger: Logger;
  /** Everything logged so far, exactly as it would have reached stdout. */
  text(): string;
  /** Everything logged so far, one parsed object per line. */
  entries(): Record<string, unknown>[];
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const logger = createLogger({ level: "trace", destination: { write: (line: string) => lines.push(line) } });
  return {
    logger,
    text: () => lines.join(""),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
