import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { createMailer, MailDeliveryError } from "@penny/mail";
import { startTestSmtpServer, type TestSmtpServer } from "@penny/mail/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../password.ts";
import {
  auditTrail,
  createTenantWithAdmin,
  membershipsOf,
  recordingLogger,
  userByEmail,
} from "./__fixtures__/invite-fixture.ts";
import { acceptInvite } from "./accept-invite.ts";
import { createInvite } from "./create-invite.ts";
import { listInvites } from "./list-invites.ts";

const baseUrl = "https://penny.example.test";
const mailFrom = "Penny <penny@example.test>";

/** The token of the first invitation link in a mail body. */
function tokenInText(text: string): string {
  const match = /https:\/\/penny\.example\.test\/invite\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`No invitation link in: ${text}`);
  return match[1];
}

describe("invitation flow", () => {
  let test: TestDatabase;
  let smtp: TestSmtpServer;
  let tenantId: string;
  let adminId: string;

  beforeAll(async () => {
    test = await openTestDatabase();
    smtp = await startTestSmtpServer();
    ({ tenantId, adminId } = await createTenantWithAdmin(test.database, {
      slug: "acme",
      name: "Acme Robotics",
      adminEmail: "boss@acme.test",
    }));
  });

  afterAll(async () => {
    await smtp?.close();
    await test?.dispose();
  });

  it("mails a link through SMTP that, accepted, creates the account and its membership", async () => {
    const mailer = createMailer({
      config: { smtpUrl: smtp.url, mailFrom },
      database: test.database,
      logger: recordingLogger(),
    });
    const created = await createInvite(test.database, {
      tenantId,
      email: "  Ada.Lovelace@Example.TEST ",
      role: "manager",
      invitedBy: adminId,
      mailer,
      baseUrl,
    });
    expect(created.delivery.delivered).toBe("smtp");
    expect(created.invite).toMatchObject({
      email: "ada.lovelace@example.test",
      role: "manager",
      status: "pending",
    });
    expect(created.invite).not.toHaveProperty("tokenHash");

    const mail = smtp.received.find((received) => received.envelopeTo.includes("ada.lovelace@example.test"));
    expect(mail?.subject).toBe("You're invited to Acme Robotics on Penny");
    expect(mail?.from).toBe("penny@example.test");
    expect(mail?.text).toContain(
      "Admin of Acme Robotics invited you to join Acme Robotics on Penny as a manager.",
    );
    const token = tokenInText(mail?.text ?? "");
    expect(token).toBe(created.token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The server's audit context also carries the request's (anonymous) actor; the accepting user must win.
    const requestContext = {
      actor: { type: "anonymous" },
      ip: "203.0.113.7",
      userAgent: "test",
      requestId: "req-1",
    };
    const accepted = await acceptInvite(test.database, {
      token,
      name: "Ada Lovelace",
      password: "analytical engine 1843",
      requestContext,
    });
    expect(accepted).toMatchObject({ tenantId, role: "manager", createdUser: true });

    const user = await userByEmail(test.database, "ada.lovelace@example.test");
    expect(user?.id).toBe(accepted.userId);
    expect(user?.name).toBe("Ada Lovelace");
    expect(user?.status).toBe("active");
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
    await expect(verifyPassword(user?.passwordHash ?? "", "analytical engine 1843")).resolves.toBe(true);
    expect(await membershipsOf(test.database, tenantId)).toContain(
      "ada.lovelace@example.test manager active",
    );

    const invites = await listInvites(test.database, tenantId);
    expect(invites.find((invite) => invite.id === created.invite.id)).toMatchObject({
      status: "accepted",
      acceptedUserId: accepted.userId,
    });
    const trail = await auditTrail(test.database, tenantId);
    expect(trail.map((event) => `${event.action} ${event.outcome}`)).toEqual([
      "invite.created success",
      "invite.accepted success",
    ]);
    expect(trail[1]).toMatchObject({
      actorType: "user",
      actorId: accepted.userId,
      target: `invite:${created.invite.id}`,
      ip: "203.0.113.7",
      requestId: "req-1",
    });
  });

  it("without SMTP keeps the mail in the outbox and logs the link, which works", async () => {
    const logger = recordingLogger();
    const mailer = createMailer({
      config: { smtpUrl: undefined, mailFrom },
      database: test.database,
      logger,
    });
    const created = await createInvite(test.database, {
      tenantId,
      email: "grace@example.test",
      role: "viewer",
      invitedBy: adminId,
      mailer,
      baseUrl,
    });
    expect(created.delivery.delivered).toBe("outbox");

    const [stored] = await test.database.withPlatform((tx) =>
      tx.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, created.delivery.id)),
    );
    expect(stored).toMatchObject({
      to: "grace@example.test",
      subject: "You're invited to Acme Robotics on Penny",
      tenantRef: tenantId,
      sentAt: null,
      error: null,
    });
    const link = `${baseUrl}/invite/${created.token}`;
    expect(stored?.text).toContain(link);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]?.message).toContain(link);
    expect(logger.lines[0]?.details.links).toEqual([link]);

    const accepted = await acceptInvite(test.database, {
      token: tokenInText(logger.lines[0]?.message ?? ""),
      name: "Grace Hopper",
      password: "cobol compiler 1959",
    });
    expect(accepted).toMatchObject({ role: "viewer", createdUser: true });
    expect(await membershipsOf(test.database, tenantId)).toContain("grace@example.test viewer active");
  });

  it("keeps the invitation pending and its mail in the outbox when SMTP refuses the mail", async () => {
    const refusing = await startTestSmtpServer({ rejectRecipientsWith: "No such mailbox" });
    try {
      const mailer = createMailer({
        config: { smtpUrl: refusing.url, mailFrom },
        database: test.database,
        logger: recordingLogger(),
      });
      const error = await createInvite(test.database, {
        tenantId,
        email: "bounce@example.test",
        role: "creator",
        invitedBy: adminId,
        mailer,
        baseUrl,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MailDeliveryError);
      const [stored] = await test.database.withPlatform((tx) =>
        tx
          .select()
          .from(schema.mailOutbox)
          .where(eq(schema.mailOutbox.id, (error as MailDeliveryError).outboxId)),
      );
      expect(stored?.error).toMatch(/No such mailbox/);
      const invite = (await listInvites(test.database, tenantId)).find(
        (candidate) => candidate.email === "bounce@example.test",
      );
      expect(invite?.status).toBe("pending");

      // The link kept in the outbox is the way in.
      const accepted = await acceptInvite(test.database, {
        token: tokenInText(stored?.text ?? ""),
        name: "Bounce",
        password: "a good long password",
      });
      expect(accepted.role).toBe("creator");
    } finally {
      await refusing.close();
    }
  });
});
