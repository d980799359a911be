import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "./create-mailer.ts";
import { MailDeliveryError } from "./mail-delivery-error.ts";
import { mailerContract } from "./mailer.case.ts";
import { SmtpMailer } from "./smtp-mailer.ts";
import { startTestSmtpServer, type TestSmtpServer, unusedLocalPort } from "./testing/index.ts";

const from = "Penny <penny@example.test>";
const silentLogger = { info() {} };

describe("SmtpMailer", () => {
  let test: TestDatabase;
  let smtp: TestSmtpServer;
  let mailer: SmtpMailer;
  let tenantId: string;

  beforeAll(async () => {
    test = await openTestDatabase();
    smtp = await startTestSmtpServer();
    mailer = new SmtpMailer({ smtpUrl: smtp.url, from, database: test.database });
    const [tenant] = await test.database.withPlatform((tx) =>
      tx.insert(schema.tenants).values({ slug: "mail-smtp", name: "Mail SMTP" }).returning(),
    );
    tenantId = tenant?.id ?? "";
  });

  afterAll(async () => {
    await smtp?.close();
    await test?.dispose();
  });

  mailerContract(() => ({
    mailer,
    channel: "smtp",
    tenantId,
    delivered: async () =>
      smtp.received.map((mail) => ({
        to: mail.envelopeTo[0] ?? "",
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      })),
  }));

  it("sends from MAIL_FROM and addresses the header and the envelope to the recipient", async () => {
    await mailer.send({ to: "headers@example.test", subject: "Headers", text: "x" });
    const mail = smtp.received.find((candidate) => candidate.subject === "Headers");
    expect(mail).toMatchObject({
      from: "penny@example.test",
      to: ["headers@example.test"],
      envelopeTo: ["headers@example.test"],
    });
  });

  it("is what createMailer picks when SMTP_URL is set", async () => {
    const picked = createMailer({
      config: { smtpUrl: smtp.url, mailFrom: from },
      database: test.database,
      logger: silentLogger,
    });
    expect(picked).toBeInstanceOf(SmtpMailer);
    await expect(
      picked.send({ to: "picked@example.test", subject: "Picked", text: "x" }),
    ).resolves.toMatchObject({
      delivered: "smtp",
    });
  });

  async function outboxRow(id: string) {
    const [row] = await test.database.withPlatform((tx) =>
      tx.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, id)),
    );
    return row;
  }

  it("keeps a mail the server refuses in the outbox with the reason, and throws MailDeliveryError", async () => {
    const refusing = await startTestSmtpServer({ rejectRecipientsWith: "Mailbox unavailable" });
    try {
      const refused = new SmtpMailer({ smtpUrl: refusing.url, from, database: test.database });
      const error = await refused
        .send({ to: "nobody@example.test", subject: "Refused", text: "Open http://x.test/a", tenantId })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MailDeliveryError);
      const deliveryError = error as MailDeliveryError;
      expect(deliveryError.code).toBe("PENNY_MAIL_DELIVERY_FAILED");
      expect(deliveryError.message).toMatch(/could not be sent.*kept in the outbox/);
      expect(deliveryError.reason).toMatch(/Mailbox unavailable/);
      expect(refusing.received).toHaveLength(0);
      expect(await outboxRow(deliveryError.outboxId)).toMatchObject({
        to: "nobody@example.test",
        subject: "Refused",
        text: "Open http://x.test/a",
        tenantRef: tenantId,
        sentAt: null,
        error: expect.stringMatching(/550.*Mailbox unavailable/),
      });
    } finally {
      await refusing.close();
    }
  });

  it("keeps the mail in the outbox when no SMTP server answers", async () => {
    const port = await unusedLocalPort();
    const unreachable = new SmtpMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from,
      database: test.database,
    });
    const error = await unreachable
      .send({ to: "later@example.test", subject: "Unreachable", text: "x" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailDeliveryError);
    const row = await outboxRow((error as MailDeliveryError).outboxId);
    expect(row).toMatchObject({ to: "later@example.test", subject: "Unreachable", tenantRef: null });
    expect(row?.error).toMatch(/ECONNREFUSED/);
  });
});
