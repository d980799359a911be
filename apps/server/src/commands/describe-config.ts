import path from "node:path";
import type { Config } from "@penny/config";

/**
 * A person's view of the configuration, for `penny check-config`. It names where things are and never prints a
 * secret: URLs lose their credentials, keys are only said to be set.
 */
export function describeConfig(config: Config): string[] {
  return [
    `listen:         ${config.host}:${config.port}`,
    `public URL:     ${config.publicUrl ?? "(not set)"}`,
    `data folder:    ${config.dataDir}`,
    `database:       ${config.databaseUrl ? `PostgreSQL at ${withoutCredentials(config.databaseUrl)}` : `embedded PGlite in ${path.join(config.dataDir, "pglite")}`}`,
    `redis:          ${config.redisUrl ? withoutCredentials(config.redisUrl) : "(not set; in-process bus)"}`,
    `blob storage:   ${config.s3 ? `S3 bucket ${config.s3.bucket}${config.s3.endpoint ? ` at ${config.s3.endpoint}` : ""}` : "local disk in the data folder"}`,
    `master key:     ${config.masterKey ? "from PENNY_MASTER_KEY" : `kept in ${path.join(config.dataDir, "master.key")}`}`,
    `mail:           ${config.smtpUrl ? `SMTP at ${withoutCredentials(config.smtpUrl)}` : "(SMTP_URL not set; kept in the outbox and logged)"}, from ${config.mailFrom}`,
    `demo tenants:   ${config.demo ? "on" : "off"}`,
    `log level:      ${config.logLevel}`,
    `shutdown wait:  ${config.shutdownTimeoutMs} ms`,
  ];
}

function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}
