import { startTestIdentityProvider, type TestIdentityProvider } from "@penny/auth/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

const PUBLIC_URL = "http://penny.test";
let idp: TestIdentityProvider;
let testApp: TestApp;
let fixture: IdentityFixture;
let providerId: string;

beforeAll(async () => {
  idp = await startTestIdentityProvider({ redirectUri: `${PUBLIC_URL}/v1/auth/oidc/callback` });
  idp.accounts.set("alice", { email: "alice@corp.test", emailVerified: true, name: "Alice Example" });
  testApp = await openTestApp({ environment: { PENNY_PUBLIC_URL: PUBLIC_URL } });
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "oidc");
});
afterAll(async () => {
  await testApp?.dispose();
  await idp?.close();
});

async function startSignIn() {
  const start = await testApp.app.inject({
    method: "GET",
    url: `/v1/auth/oidc/${fixture.tenantA.slug}/${providerId}/start?redirectTo=/dashboards`,
  });
  expect(start.statusCode, start.body).toBe(302);
  const stateCookie = start.cookies.find((cookie) => cookie.name === "penny_oidc_state");
  expect(stateCookie).toMatchObject({ httpOnly: true, path: "/v1/auth/oidc/callback" });
  return {
    location: start.headers.location as string,
    stateCookie: `penny_oidc_state=${stateCookie?.value}`,
  };
}

function callbackPath(callbackUrl: string) {
  const url = new URL(callbackUrl);
  expect(url.origin).toBe(PUBLIC_URL);
  return `${url.pathname}${url.search}`;
}

describe("OIDC sign-in through the HTTP API, against a real OpenID Provider", () => {
  it("an admin adds a provider; its secret is never returned; the sign-in page lists it", async () => {
    const admin = await sessionHeaders(testApp.app, fixture.users.admin);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/identity-providers",
      headers: admin,
      payload: {
        kind: "oidc",
        name: "Corp SSO",
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        defaultRole: "creator",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.body).not.toContain(idp.clientSecret);
    providerId = created.json().id;
    const audit = await testApp.app.inject({
      method: "GET",
      url: "/v1/audit?action=identity_provider.create",
      headers: admin,
    });
    expect(audit.json().events).toEqual([
      expect.objectContaining({
        target: `identity_provider:${providerId}`,
        data: { kind: "oidc", name: "Corp SSO" },
      }),
    ]);
    expect(audit.body).not.toContain(idp.clientSecret);
    const listed = await testApp.app.inject({
      method: "GET",
      url: `/v1/auth/oidc/${fixture.tenantA.slug}/providers`,
    });
    expect(listed.json().providers).toEqual([{ id: providerId, name: "Corp SSO", kind: "oidc" }]);
    const viewer = await testApp.app.inject({
      method: "GET",
      url: "/v1/identity-providers",
      headers: await sessionHeaders(testApp.app, fixture.users.viewer),
    });
    expect(viewer.statusCode).toBe(403);
  });

  it("signs a new person in with the code flow, provisions them with the default role, and lands where asked", async () => {
    const { location, stateCookie } = await startSignIn();
    expect(location.startsWith(idp.issuer)).toBe(true);
    expect(new URL(location).searchParams.get("code_challenge_method")).toBe("S256");
    const callbackUrl = await idp.signIn(location, "alice");
    const callback = await testApp.app.inject({
      method: "GET",
      url: callbackPath(callbackUrl),
      headers: { cookie: stateCookie },
    });
    expect(callback.statusCode, callback.body).toBe(302);
    expect(callback.headers.location).toBe("/dashboards");
    const session = callback.cookies.find((cookie) => cookie.name === "penny_session");
    const me = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { cookie: `penny_session=${session?.value}` },
    });
    expect(me.json()).toMatchObject({ user: { email: "alice@corp.test" }, role: "creator" });

    const replay = await testApp.app.inject({
      method: "GET",
      url: callbackPath(callbackUrl),
      headers: { cookie: stateCookie },
    });
    expect(replay.statusCode).toBe(302);
    expect(replay.headers.location).toBe("/login?error=PENNY_OIDC_STATE_REPLAYED");
  });

  it("refuses a callback finished in another browser (no state cookie) and a forged state", async () => {
    const { location } = await startSignIn();
    const callbackUrl = await idp.signIn(location, "alice");
    const otherBrowser = await testApp.app.inject({ method: "GET", url: callbackPath(callbackUrl) });
    expect(otherBrowser.statusCode).toBe(302);
    expect(otherBrowser.headers.location).toMatch(/^\/login\?error=PENNY_OIDC_STATE_/);
    expect(otherBrowser.cookies.find((cookie) => cookie.name === "penny_session")).toBeUndefined();

    const forged = await testApp.app.inject({
      method: "GET",
      url: "/v1/auth/oidc/callback?code=abc&state=forged",
      headers: { cookie: "penny_oidc_state=forged" },
    });
    expect(forged.headers.location).toBe("/login?error=PENNY_OIDC_STATE_INVALID");
  });

  it("answers an unknown tenant or provider with a clear 404", async () => {
    const tenant = await testApp.app.inject({ method: "GET", url: "/v1/auth/oidc/no-such-tenant/providers" });
    expect(tenant.statusCode).toBe(404);
    const provider = await testApp.app.inject({
      method: "GET",
      url: `/v1/auth/oidc/${fixture.tenantA.slug}/${crypto.randomUUID()}/start`,
    });
    expect(provider.statusCode).toBe(404);
  });
});
