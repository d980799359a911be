import type { Database } from "@penny/db";
import { createTransport, type Transporter } from "nodemailer";
import { MailDeliveryError } from "./mail-delivery-error.ts";
import { type MailDelivery, type MailMessage, mailMessageSchema } from "./mail-message.ts";
import type { Mailer } from "./mailer.ts";
import { storeInOutbox } from "./store-in-outbox.ts";

export interface SmtpMailerOptions {
  /** `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start), credentials in the URL. */
  smtpUrl: string;
  /** The From header, e.g. `Penny <penny@example.com>`. */
  from: string;
  /** Where a mail the server refused is kept. */
  database: Database;
}

/**
 * Sends through an SMTP server. A mail the server does not take is kept in the outbox with the reason and
 * `MailDeliveryError` is thrown, so a failure is visible to the caller and the mail itself is never lost.
 */
export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #database: Database;

  constructor(options: SmtpMailerOptions) {
    this.#database = options.database;
    // Nodemailer waits minutes by default; a request that sends an invite should fail within seconds instead.
    this.#transport = createTransport(
      { url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
      { from: options.from },
    );
  }

  async send(input: MailMessage): Promise<MailDelivery> {
    const message = mailMessageSchema.parse(input);
    try {
      const info = await this.#transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
      });
      return { delivered: "smtp", id: info.messageId };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const outboxId = await storeInOutbox(this.#database, message, { error: reason });
      throw new MailDeliveryError({ to: message.to, outboxId, cause: error });
    }
  }
}
