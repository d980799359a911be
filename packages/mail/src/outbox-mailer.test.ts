import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "./create-mailer.ts";
import { mailerContract } from "./mailer.case.ts";
import { OutboxMailer } from "./outbox-mailer.ts";

/** A logger that remembers its lines, standing in for pino. */
function recordingLogger() {
  const lines: { details: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    info: (details: Record<string, unknown>, message: string) => lines.push({ details, message }),
  };
}

describe("OutboxMailer", () => {
  let test: TestDatabase;
  let mailer: OutboxMailer;
  let tenantId: string;
  const logger = recordingLogger();

  beforeAll(async () => {
    test = await openTestDatabase();
    mailer = new OutboxMailer({ database: test.database, logger });
    const [tenant] = await test.database.withPlatform((tx) =>
      tx.insert(schema.tenants).values({ slug: "mail-outbox", name: "Mail Outbox" }).returning(),
    );
    tenantId = tenant?.id ?? "";
  });

  afterAll(async () => {
    await test?.dispose();
  });

  const outbox = () =>
    test.database.withPlatform((tx) =>
      tx.select().from(schema.mailOutbox).orderBy(asc(schema.mailOutbox.createdAt)),
    );

  mailerContract(() => ({
    mailer,
    channel: "outbox",
    tenantId,
    delivered: async () =>
      (await outbox()).map((row) => ({
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html ?? undefined,
      })),
  }));

  it("stores the mail unsent with its tenant and logs one line with its links", async () => {
    const delivery = await mailer.send({
      to: "admin-reads@example.test",
      subject: "You're invited",
      text: "Join here: http://localhost:8080/invite/tok_1. Or later: https://penny.example/invite/tok_2",
      tenantId,
    });
    const [row] = await test.database.withPlatform((tx) =>
      tx.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, delivery.id)),
    );
    expect(row).toMatchObject({ tenantRef: tenantId, sentAt: null, error: null });

    const lines = logger.lines.filter((line) => line.details.outboxId === delivery.id);
    expect(lines).toHaveLength(1);
    const links = ["http://localhost:8080/invite/tok_1", "https://penny.example/invite/tok_2"];
    expect(lines[0]?.details).toMatchObject({
      to: "admin-reads@example.test",
      subject: "You're invited",
      links,
    });
    for (const link of links) expect(lines[0]?.message).toContain(link);
    expect(lines[0]?.message).toContain("admin-reads@example.test");
  });

  it("is what createMailer picks when SMTP_URL is unset", () => {
    const picked = createMailer({
      config: { smtpUrl: undefined, mailFrom: "Penny <penny@localhost>" },
      database: test.database,
      logger,
    });
    expect(picked).toBeInstanceOf(OutboxMailer);
  });
});
