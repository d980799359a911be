export { createMailer } from "./create-mailer.ts";
export { linksInText } from "./links-in-text.ts";
export { MailDeliveryError } from "./mail-delivery-error.ts";
export type { MailLogger } from "./mail-logger.ts";
export {
  type MailChannel,
  type MailDelivery,
  type MailMessage,
  mailChannels,
  mailMessageSchema,
} from "./mail-message.ts";
export type { Mailer } from "./mailer.ts";
export { OutboxMailer } from "./outbox-mailer.ts";
export { publicBaseUrl } from "./public-base-url.ts";
export { SmtpMailer, type SmtpMailerOptions } from "./smtp-mailer.ts";
