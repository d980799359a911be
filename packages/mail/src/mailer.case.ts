import { describe, expect, it } from "vitest";
import type { MailChannel } from "./mail-message.ts";
import type { Mailer } from "./mailer.ts";

/** A mail as it arrived at the mailer's destination (the SMTP server's inbox, or the outbox table). */
export interface DeliveredMail {
  to: string;
  subject: string;
  text: string;
  html: string | undefined;
}

/** What one implementation's test file hands the shared suite, once its servers and database are up. */
export interface MailerContractSubject {
  mailer: Mailer;
  channel: MailChannel;
  /** An existing tenant, for mail that names one. */
  tenantId: string;
  /** Everything that reached the destination so far. */
  delivered(): Promise<DeliveredMail[]>;
}

/**
 * The behaviour every `Mailer` promises, run by each implementation's test file. Each test writes to its own
 * recipient, so the tests do not depend on each other's mail.
 */
export function mailerContract(subject: () => MailerContractSubject): void {
  async function deliveredTo(to: string) {
    const mails = (await subject().delivered()).filter((mail) => mail.to === to);
    // SMTP bodies end in a line break whatever was sent, so line breaks at the very end are not part of the promise.
    return mails.map((mail) => ({ ...mail, text: mail.text.replace(/(\r?\n)+$/, "") }));
  }

  describe("Mailer contract", () => {
    it("delivers to, subject and text, and reports its channel and an id", async () => {
      const { mailer, channel } = subject();
      const delivery = await mailer.send({
        to: "ada@example.test",
        subject: "Welcome to Penny",
        text: "Hello Ada,\n\nopen http://localhost:8080/invite/abc to join.\n",
      });
      expect(delivery.delivered).toBe(channel);
      expect(delivery.id).toEqual(expect.any(String));
      expect(delivery.id.length).toBeGreaterThan(0);
      const mails = await deliveredTo("ada@example.test");
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({
        subject: "Welcome to Penny",
        text: "Hello Ada,\n\nopen http://localhost:8080/invite/abc to join.",
      });
    });

    it("keeps the HTML part beside the text", async () => {
      await subject().mailer.send({
        to: "grace@example.test",
        subject: "With HTML",
        text: "Plain",
        html: "<p>Rich</p>",
      });
      const [mail] = await deliveredTo("grace@example.test");
      expect(mail?.text).toBe("Plain");
      expect(mail?.html).toContain("<p>Rich</p>");
    });

    it("carries non-ASCII subject and text unchanged", async () => {
      await subject().mailer.send({
        to: "jose@example.test",
        subject: "Einladung zu Müller & Söhne — ✓",
        text: "¡Hola José! Grüße, 你好.",
        tenantId: subject().tenantId,
      });
      const [mail] = await deliveredTo("jose@example.test");
      expect(mail).toMatchObject({
        subject: "Einladung zu Müller & Söhne — ✓",
        text: "¡Hola José! Grüße, 你好.",
      });
    });

    it("gives every mail its own id", async () => {
      const { mailer } = subject();
      const first = await mailer.send({ to: "twice@example.test", subject: "One", text: "1" });
      const second = await mailer.send({ to: "twice@example.test", subject: "Two", text: "2" });
      expect(first.id).not.toBe(second.id);
      expect((await deliveredTo("twice@example.test")).map((mail) => mail.subject)).toEqual(["One", "Two"]);
    });

    it("refuses a malformed recipient or a multi-line subject before anything leaves", async () => {
      const { mailer } = subject();
      const before = (await subject().delivered()).length;
      await expect(mailer.send({ to: "not an address", subject: "Hi", text: "x" })).rejects.toThrow();
      await expect(
        mailer.send({ to: "eve@example.test", subject: "Hi\r\nBcc: victim@example.test", text: "x" }),
      ).rejects.toThrow();
      expect((await subject().delivered()).length).toBe(before);
    });
  });
}
