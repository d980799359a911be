import type { Config } from "@penny/config";
import { type DestinationStream, type Logger, pino } from "pino";

/** Headers that carry credentials; their values never reach a log line. */
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"];

/** Field names that hold secrets wherever they appear in a logged object. */
const SECRET_FIELDS = [
  "password",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "clientSecret",
  "secretAccessKey",
  "apiKey",
  "masterKey",
];

// Pino's wildcards match exactly one level, so "anywhere" is spelled out to a depth that covers our log calls.
const DEPTHS = ["", "*.", "*.*.", "*.*.*."];

/** The paths pino censors: secret fields at any depth up to four, and secret headers under any `headers`. */
export const redactedPaths = [
  ...SECRET_FIELDS.flatMap((field) => DEPTHS.map((prefix) => `${prefix}${field}`)),
  ...SECRET_HEADERS.flatMap((header) => DEPTHS.slice(0, 3).map((prefix) => `${prefix}headers["${header}"]`)),
];

/**
 * Penny's structured JSON logger. Fastify uses it for request logs, the CLI for start-up lines. `destination`
 * exists so tests can read what was logged.
 */
export function createLogger(options: {
  level: Config["logLevel"];
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: redactedPaths, censor: "[Redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
