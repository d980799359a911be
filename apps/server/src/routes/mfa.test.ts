import { totpCodeAt } from "@penny/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  FIXTURE_PASSWORD,
  type FixtureUser,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";
import { MFA_ATTEMPTS_PER_SESSION } from "./mfa.ts";

let testApp: TestApp;
let fixture: IdentityFixture;
let viewerSecret: string;
let recoveryCodes: string[];

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "mfa");
});
afterAll(() => testApp?.dispose());

const inSteps = (steps: number) => new Date(Date.now() + steps * 30_000);

async function passwordLogin(user: FixtureUser) {
  const response = await testApp.app.inject({
    method: "POST",
    url: "/v1/auth/login",
    payload: { email: user.email, password: FIXTURE_PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((candidate) => candidate.name === "penny_session")?.value;
  return {
    body: response.json(),
    headers: { cookie: `penny_session=${cookie}`, "x-csrf-token": response.json().csrfToken },
  };
}

describe("MFA", () => {
  it("enrols with a QR code and a confirming code, and hands out recovery codes once", async () => {
    const headers = await sessionHeaders(testApp.app, fixture.users.viewer);
    const enrol = await testApp.app.inject({ method: "POST", url: "/v1/auth/mfa/enrol", headers });
    expect(enrol.statusCode, enrol.body).toBe(200);
    const { otpauthUri, qrCodeSvg, secret } = enrol.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrCodeSvg).toMatch(/<svg/);
    viewerSecret = secret;

    const wrong = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/confirm",
      headers,
      payload: { code: "000000" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe("PENNY_MFA_CODE_INVALID");

    const confirm = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/confirm",
      headers,
      payload: { code: await totpCodeAt(secret, new Date()) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    recoveryCodes = confirm.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    const status = await testApp.app.inject({ method: "GET", url: "/v1/me/mfa", headers });
    expect(status.json()).toMatchObject({ enrolled: true, recoveryCodesLeft: 10, requiredByTenant: false });
  });

  it("asks for the second factor after the password, and only then grants a fresh session", async () => {
    const pending = await passwordLogin(fixture.users.viewer);
    expect(pending.body).toMatchObject({ mfa: "verify" });
    const meWhilePending = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: pending.headers,
    });
    expect(meWhilePending.statusCode).toBe(401);

    const verified = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/verify",
      headers: pending.headers,
      payload: { code: await totpCodeAt(viewerSecret, inSteps(1)) },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ role: "viewer", user: { email: fixture.users.viewer.email } });
    const fresh = verified.cookies.find((cookie) => cookie.name === "penny_session")?.value;
    expect(fresh).toBeDefined();
    expect(pending.headers.cookie).not.toContain(fresh as string);
    const me = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { cookie: `penny_session=${fresh}` },
    });
    expect(me.statusCode).toBe(200);
    const reuse = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/verify",
      headers: pending.headers,
      payload: { code: await totpCodeAt(viewerSecret, inSteps(1)) },
    });
    expect(reuse.statusCode).toBe(401);
  });

  it("accepts a recovery code once", async () => {
    const code = recoveryCodes[0] as string;
    const first = await passwordLogin(fixture.users.viewer);
    const used = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/verify",
      headers: first.headers,
      payload: { code },
    });
    expect(used.statusCode, used.body).toBe(200);
    const second = await passwordLogin(fixture.users.viewer);
    const again = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/verify",
      headers: second.headers,
      payload: { code },
    });
    expect(again.statusCode).toBe(400);
  });

  it(`ends a pending session after ${MFA_ATTEMPTS_PER_SESSION} wrong codes`, async () => {
    const pending = await passwordLogin(fixture.users.viewer);
    for (let attempt = 0; attempt < MFA_ATTEMPTS_PER_SESSION; attempt++) {
      const wrong = await testApp.app.inject({
        method: "POST",
        url: "/v1/auth/mfa/verify",
        headers: pending.headers,
        payload: { code: "123456" },
      });
      expect(wrong.statusCode).toBe(400);
    }
    const locked = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/verify",
      headers: pending.headers,
      payload: { code: await totpCodeAt(viewerSecret, inSteps(1)) },
    });
    expect(locked.statusCode).toBe(429);
    const after = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/verify",
      headers: pending.headers,
      payload: { code: await totpCodeAt(viewerSecret, inSteps(1)) },
    });
    expect(after.statusCode).toBe(401);
  });

  it("a tenant that requires MFA makes members without it enrol before they get in", async () => {
    const admin = await sessionHeaders(testApp.app, fixture.users.admin);
    const policy = await testApp.app.inject({
      method: "PUT",
      url: "/v1/policies/mfa",
      headers: admin,
      payload: { required: true },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    const read = await testApp.app.inject({ method: "GET", url: "/v1/policies/mfa", headers: admin });
    expect(read.json()).toEqual({ required: true });

    const pending = await passwordLogin(fixture.users.creator);
    expect(pending.body).toMatchObject({ mfa: "enrol" });
    const enrol = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/enrol",
      headers: pending.headers,
    });
    expect(enrol.statusCode, enrol.body).toBe(200);
    const confirm = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/mfa/confirm",
      headers: pending.headers,
      payload: { code: await totpCodeAt(enrol.json().secret, new Date()) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json().me).toMatchObject({ role: "creator" });

    const viewer = await sessionHeaders(testApp.app, fixture.users.viewer);
    const disable = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/mfa/disable",
      headers: viewer,
      payload: { code: await totpCodeAt(viewerSecret, inSteps(1)) },
    });
    expect(disable.statusCode).toBe(409);
  });
});
