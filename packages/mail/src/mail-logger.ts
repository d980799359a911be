/** The slice of a pino-style logger the mail package writes to; Penny's logger satisfies it as is. */
export interface MailLogger {
  info(details: Record<string, unknown>, message: string): void;
}
