import type { Database } from "@penny/db";
import { linksInText } from "./links-in-text.ts";
import type { MailLogger } from "./mail-logger.ts";
import { type MailDelivery, type MailMessage, mailMessageSchema } from "./mail-message.ts";
import type { Mailer } from "./mailer.ts";
import { storeInOutbox } from "./store-in-outbox.ts";

/**
 * The mailer of an install without SMTP: each mail is kept in `mail_outbox` and announced in one log line with
 * the links it contains, so an administrator can hand an invite or reset link over by other means.
 */
export class OutboxMailer implements Mailer {
  readonly #database: Database;
  readonly #logger: MailLogger;

  constructor(options: { database: Database; logger: MailLogger }) {
    this.#database = options.database;
    this.#logger = options.logger;
  }

  async send(input: MailMessage): Promise<MailDelivery> {
    const message = mailMessageSchema.parse(input);
    const id = await storeInOutbox(this.#database, message);
    const links = linksInText(message.text);
    this.#logger.info(
      { outboxId: id, to: message.to, subject: message.subject, tenantId: message.tenantId, links },
      `No SMTP server is configured (SMTP_URL): mail to ${message.to} kept in the outbox. Links: ${
        links.length > 0 ? links.join(" ") : "none"
      }`,
    );
    return { delivered: "outbox", id };
  }
}
