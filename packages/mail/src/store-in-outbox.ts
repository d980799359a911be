import { type Database, schema } from "@penny/db";
import type { MailMessage } from "./mail-message.ts";

/**
 * Writes a mail to the platform-only outbox and returns its id. `error` marks a mail an SMTP server refused;
 * without it the row is a mail kept because no server is configured.
 */
export async function storeInOutbox(
  database: Database,
  message: MailMessage,
  options: { error?: string } = {},
): Promise<string> {
  const [row] = await database.withPlatform((tx) =>
    tx
      .insert(schema.mailOutbox)
      .values({
        tenantRef: message.tenantId ?? null,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        error: options.error ?? null,
      })
      .returning({ id: schema.mailOutbox.id }),
  );
  if (!row) throw new Error("Inserting into mail_outbox returned no row");
  return row.id;
}
