import type { Config } from "@penny/config";
import type { Database } from "@penny/db";
import type { MailLogger } from "./mail-logger.ts";
import type { Mailer } from "./mailer.ts";
import { OutboxMailer } from "./outbox-mailer.ts";
import { SmtpMailer } from "./smtp-mailer.ts";

/** The install's mailer: SMTP when `SMTP_URL` is set, otherwise the outbox (stored and logged). */
export function createMailer(options: {
  config: Pick<Config, "smtpUrl" | "mailFrom">;
  database: Database;
  logger: MailLogger;
}): Mailer {
  const { config, database, logger } = options;
  if (config.smtpUrl) return new SmtpMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, database });
  return new OutboxMailer({ database, logger });
}
