import { z } from "zod";

/** Where a mail went: straight to the SMTP server, or into the outbox table for an administrator to read. */
export const mailChannels = ["smtp", "outbox"] as const;
export type MailChannel = (typeof mailChannels)[number];

/**
 * One mail to one person. Checked before it leaves, so a malformed address never reaches an SMTP server or the
 * outbox. `tenantId` names the tenant the mail is about (kept with an outbox copy), not who may read it.
 */
export const mailMessageSchema = z.object({
  to: z.email(),
  // Header lines are limited to 998 characters (RFC 5322); a subject is one line.
  subject: z
    .string()
    .min(1)
    .max(998)
    .refine((subject) => !/[\r\n]/.test(subject), { error: "must be one line" }),
  text: z.string(),
  html: z.string().optional(),
  tenantId: z.uuid().optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

/** What a mailer reports after accepting a mail: the channel it used and that channel's id for it. */
export interface MailDelivery {
  delivered: MailChannel;
  /** The SMTP Message-ID, or the outbox row's id. */
  id: string;
}
