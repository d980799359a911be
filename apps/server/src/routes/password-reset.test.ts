import { PASSWORD_RESETS_PER_HOUR } from "@penny/auth";
import { linksInText } from "@penny/mail";
import { startTestSmtpServer, type TestSmtpServer } from "@penny/mail/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  FIXTURE_PASSWORD,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let smtp: TestSmtpServer;
let testApp: TestApp;
let fixture: IdentityFixture;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  testApp = await openTestApp({
    environment: { SMTP_URL: smtp.url, PENNY_PUBLIC_URL: "https://penny.test" },
  });
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "reset");
});
afterAll(async () => {
  await testApp?.dispose();
  await smtp?.close();
});

const ask = (email: string) =>
  testApp.app.inject({ method: "POST", url: "/v1/auth/password-reset", payload: { email } });

function resetToken(to: string): string {
  const mail = smtp.received.findLast((candidate) => candidate.to.includes(to));
  const link = mail && linksInText(mail.text).find((candidate) => candidate.includes("/reset-password/"));
  if (!link) throw new Error(`no reset link mailed to ${to}`);
  return link.split("/reset-password/")[1] as string;
}

describe("password reset", () => {
  it("answers the same for known and unknown addresses, and mails only the known one", async () => {
    const known = await ask(fixture.users.creator.email);
    const unknown = await ask("nobody@nowhere.test");
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    expect(smtp.received.some((mail) => mail.to.includes(fixture.users.creator.email))).toBe(true);
    expect(smtp.received.some((mail) => mail.to.includes("nobody@nowhere.test"))).toBe(false);
  });

  it("sets a new password once, ends every session, and the old password stops working", async () => {
    const session = await sessionHeaders(testApp.app, fixture.users.creator);
    const token = resetToken(fixture.users.creator.email);
    const weak = await testApp.app.inject({
      method: "POST",
      url: `/v1/auth/password-reset/${token}`,
      payload: { password: "short" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe("PENNY_PASSWORD_WEAK");
    const reset = await testApp.app.inject({
      method: "POST",
      url: `/v1/auth/password-reset/${token}`,
      payload: { password: "a brand new passphrase" },
    });
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: session })).statusCode).toBe(
      401,
    );
    const oldPassword = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: fixture.users.creator.email, password: FIXTURE_PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: fixture.users.creator.email, password: "a brand new passphrase" },
    });
    expect(newPassword.statusCode).toBe(200);
    const again = await testApp.app.inject({
      method: "POST",
      url: `/v1/auth/password-reset/${token}`,
      payload: { password: "yet another passphrase" },
    });
    expect(again.statusCode).toBe(404);
  });

  it(`sends at most ${PASSWORD_RESETS_PER_HOUR} links an hour to one address`, async () => {
    const email = fixture.users.viewer.email;
    const before = smtp.received.filter((mail) => mail.to.includes(email)).length;
    for (let request = 0; request < PASSWORD_RESETS_PER_HOUR + 2; request++) {
      expect((await ask(email)).statusCode).toBe(202);
    }
    const after = smtp.received.filter((mail) => mail.to.includes(email)).length;
    expect(after - before).toBe(PASSWORD_RESETS_PER_HOUR);
  });
});
