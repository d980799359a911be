import type { MailDelivery, MailMessage } from "./mail-message.ts";

/**
 * Sends mail. Implementations: `SmtpMailer` (a real server) and `OutboxMailer` (no server: stored and logged).
 * Both pass the shared contract in `mailer.case.ts`.
 */
export interface Mailer {
  /** Resolves once the mail is accepted by its channel; rejects with `MailDeliveryError` when it was not. */
  send(message: MailMessage): Promise<MailDelivery>;
}
