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
    environment: {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Penny <penny@test.local>",
      PENNY_PUBLIC_URL: "https://penny.test",
    },
  });
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "invites");
});
afterAll(async () => {
  await testApp?.dispose();
  await smtp?.close();
});

function tokenFromMail(to: string): string {
  const mail = smtp.received.findLast((candidate) => candidate.to.includes(to));
  if (!mail) throw new Error(`no mail to ${to}`);
  const link = linksInText(mail.text).find((candidate) => candidate.startsWith("https://penny.test/invite/"));
  if (!link) throw new Error(`no invite link in ${mail.text}`);
  return link.slice("https://penny.test/invite/".length);
}

describe("invitations over a real SMTP server", () => {
  it("a manager invites; the invitee accepts from the mailed link and can sign in with the role", async () => {
    const manager = await sessionHeaders(testApp.app, fixture.users.manager);
    const invited = await testApp.app.inject({
      method: "POST",
      url: "/v1/invites",
      headers: manager,
      payload: { email: "New.Person@Example.test", role: "creator" },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({
      delivered: "smtp",
      invite: { email: "new.person@example.test", status: "pending" },
    });
    expect(invited.body).not.toMatch(/token/i);

    const token = tokenFromMail("new.person@example.test");
    // Before accepting, the link tells which organization and role, and that a new account is needed.
    const preview = await testApp.app.inject({ method: "GET", url: `/v1/invites/${token}/preview` });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      tenantName: expect.stringMatching(/\S/),
      tenantSlug: fixture.tenantA.slug,
      role: "creator",
      maskedEmail: "n•••@example.test",
      accountExists: false,
      status: "pending",
    });
    expect(preview.body).not.toContain("new.person");
    const accepted = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      payload: { name: "New Person", password: "a long enough passphrase" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      role: "creator",
      createdUser: true,
      tenantId: fixture.tenantA.id,
    });

    const login = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: "new.person@example.test", password: "a long enough passphrase" },
    });
    expect(login.json()).toMatchObject({ role: "creator", tenant: { slug: fixture.tenantA.slug } });

    const reused = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      payload: { name: "Again", password: "a long enough passphrase" },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().code).toBe("PENNY_INVITE_USED");
    const used = await testApp.app.inject({ method: "GET", url: `/v1/invites/${token}/preview` });
    expect(used.json()).toMatchObject({ status: "accepted", accountExists: true });
    const unknown = await testApp.app.inject({ method: "GET", url: "/v1/invites/not-a-real-token/preview" });
    expect(unknown.statusCode).toBe(404);
  });

  it("sends an invitation again with a new link; the old link stops working and an accepted one cannot be resent", async () => {
    const manager = await sessionHeaders(testApp.app, fixture.users.manager);
    const invited = await testApp.app.inject({
      method: "POST",
      url: "/v1/invites",
      headers: manager,
      payload: { email: "resend.me@example.test", role: "viewer" },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const firstToken = tokenFromMail("resend.me@example.test");
    const mailsBefore = smtp.received.filter((mail) => mail.to.includes("resend.me@example.test")).length;

    const resent = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${invited.json().invite.id}/resend`,
      headers: manager,
    });
    expect(resent.statusCode, resent.body).toBe(201);
    expect(resent.json()).toMatchObject({
      delivered: "smtp",
      invite: { email: "resend.me@example.test", role: "viewer", status: "pending" },
    });
    expect(resent.json().invite.id).not.toBe(invited.json().invite.id);
    expect(smtp.received.filter((mail) => mail.to.includes("resend.me@example.test")).length).toBe(
      mailsBefore + 1,
    );
    const secondToken = tokenFromMail("resend.me@example.test");
    expect(secondToken).not.toBe(firstToken);
    const old = await testApp.app.inject({ method: "GET", url: `/v1/invites/${firstToken}/preview` });
    expect(old.json().status).toBe("revoked");

    const accepted = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${secondToken}/accept`,
      payload: { name: "Resent Person", password: "a long enough passphrase" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const again = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${resent.json().invite.id}/resend`,
      headers: manager,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("PENNY_INVITE_USED");
    const unknown = await testApp.app.inject({
      method: "POST",
      url: "/v1/invites/00000000-0000-4000-8000-000000000000/resend",
      headers: manager,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("refuses a role above the inviter's, a revoked link, an unknown token and a weak password", async () => {
    const manager = await sessionHeaders(testApp.app, fixture.users.manager);
    const above = await testApp.app.inject({
      method: "POST",
      url: "/v1/invites",
      headers: manager,
      payload: { email: "boss@example.test", role: "admin" },
    });
    expect(above.statusCode).toBe(403);

    const invited = await testApp.app.inject({
      method: "POST",
      url: "/v1/invites",
      headers: manager,
      payload: { email: "revoked@example.test", role: "viewer" },
    });
    const token = tokenFromMail("revoked@example.test");
    const weak = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      payload: { name: "Weak", password: "short" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe("PENNY_PASSWORD_WEAK");

    const revoked = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/invites/${invited.json().invite.id}`,
      headers: manager,
    });
    expect(revoked.json().status).toBe("revoked");
    const afterRevoke = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      payload: { name: "Too Late", password: "a long enough passphrase" },
    });
    expect(afterRevoke.statusCode).toBe(410);

    const unknown = await testApp.app.inject({
      method: "POST",
      url: "/v1/invites/not-a-real-token/accept",
      payload: { name: "Nobody", password: "a long enough passphrase" },
    });
    expect(unknown.statusCode).toBe(404);

    const listed = await testApp.app.inject({ method: "GET", url: "/v1/invites", headers: manager });
    expect(listed.json().invites.map((invite: { status: string }) => invite.status)).toEqual(
      expect.arrayContaining(["accepted", "revoked"]),
    );
  });

  it("a signed-in person accepts for their own address only", async () => {
    const admin = await sessionHeaders(testApp.app, fixture.users.otherAdmin);
    await testApp.app.inject({
      method: "POST",
      url: "/v1/invites",
      headers: admin,
      payload: { email: fixture.users.viewer.email, role: "manager" },
    });
    const token = tokenFromMail(fixture.users.viewer.email);
    const wrongPerson = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      headers: await sessionHeaders(testApp.app, fixture.users.creator),
      payload: {},
    });
    expect(wrongPerson.statusCode).toBe(403);
    const rightPerson = await testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      headers: await sessionHeaders(testApp.app, fixture.users.viewer),
      payload: {},
    });
    expect(rightPerson.statusCode, rightPerson.body).toBe(200);
    expect(rightPerson.json()).toMatchObject({
      createdUser: false,
      role: "manager",
      tenantId: fixture.tenantB.id,
    });
    const login = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: {
        email: fixture.users.viewer.email,
        password: FIXTURE_PASSWORD,
        tenant: fixture.tenantB.slug,
      },
    });
    expect(login.json()).toMatchObject({ role: "manager" });
  });
});
