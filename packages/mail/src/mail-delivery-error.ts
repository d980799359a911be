/**
 * The SMTP server did not take a mail. The mail is not lost: it was kept in the outbox with the reason, so an
 * administrator can read or resend it. The message is safe to show; the server's own answer is in `reason`.
 */
export class MailDeliveryError extends Error {
  override readonly name = "MailDeliveryError";
  readonly code = "PENNY_MAIL_DELIVERY_FAILED";
  readonly to: string;
  /** The outbox row holding the undelivered mail. */
  readonly outboxId: string;
  /** What the SMTP client reported (connection refused, a 5xx answer, …); for logs, not for the recipient. */
  readonly reason: string;

  constructor(details: { to: string; outboxId: string; cause: unknown }) {
    super(
      `The email to ${details.to} could not be sent. It was kept in the outbox, so an administrator can send it again.`,
      { cause: details.cause },
    );
    this.to = details.to;
    this.outboxId = details.outboxId;
    this.reason = details.cause instanceof Error ? details.cause.message : String(details.cause);
  }
}
