import { randomBytes } from "node:crypto";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GithubTestDouble,
  type GithubTestUser,
  startGithubTestDouble,
} from "./__fixtures__/github-test-double.ts";
import { createTestTenant, describeUser } from "./__fixtures__/people.ts";
import { OidcEmailNotVerifiedError } from "./errors/oidc-email-not-verified-error.ts";
import { OidcProviderRejectedError } from "./errors/oidc-provider-rejected-error.ts";
import { finishOidcLogin } from "./finish-oidc-login.ts";
import { configureIdentityProvider } from "./identity-providers.ts";
import { startOidcLogin } from "./start-oidc-login.ts";

const redirectUri = "https://penny.test/v1/auth/oidc/callback";
const masterKey = randomBytes(32);

const octocat: GithubTestUser = {
  id: 583231,
  login: "octocat",
  name: "The Octocat",
  emails: [
    { email: "octocat@users.noreply.github.com", primary: false, verified: true, visibility: null },
    { email: "octocat@example.com", primary: true, verified: true, visibility: "public" },
  ],
};

describe("GitHub sign-in (OAuth2 + REST API) against a test double of GitHub", () => {
  let testDatabase: TestDatabase;
  let github: GithubTestDouble;
  let tenantId: string;
  let providerId: string;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    github = await startGithubTestDouble({ redirectUri, user: octocat });
    tenantId = await createTestTenant(testDatabase.database, "acme");
    const provider = await configureIdentityProvider(testDatabase.database, masterKey, {
      tenantId,
      kind: "github",
      name: "GitHub",
      issuer: github.baseUrl,
      clientId: github.clientId,
      clientSecret: github.clientSecret,
    });
    providerId = provider.id;
  });
  afterAll(async () => {
    await github?.close();
    await testDatabase?.dispose();
  });

  async function signInAtGithub() {
    const started = await startOidcLogin(testDatabase.database, { tenantId, providerId, redirectUri });
    return { started, callbackUrl: await github.authorize(started.authorizationUrl) };
  }

  it("asks GitHub for the user and email scopes with state and PKCE, and no nonce", async () => {
    const { started } = await signInAtGithub();
    const url = new URL(started.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${github.baseUrl}/login/oauth/authorize`);
    expect(url.searchParams.get("scope")).toBe("read:user user:email");
    expect(url.searchParams.get("state")).toBe(started.state);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.has("nonce")).toBe(false);
  });

  it("signs in with the verified primary email, and finds the same user next time", async () => {
    github.signedInUser = octocat;
    const { callbackUrl } = await signInAtGithub();
    const first = await finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl });
    expect(first).toMatchObject({
      providerKind: "github",
      subject: "583231",
      email: "octocat@example.com",
      created: true,
      role: "viewer",
    });
    const stored = await describeUser(testDatabase.database, { userId: first.userId, tenantId });
    expect(stored.user).toMatchObject({ name: "The Octocat", passwordHash: null });

    const again = await finishOidcLogin(testDatabase.database, masterKey, {
      redirectUri,
      callbackUrl: (await signInAtGithub()).callbackUrl,
    });
    expect(again).toMatchObject({ userId: first.userId, created: false, linked: false });
  });

  it("refuses an account whose only verified address is not the primary one", async () => {
    github.signedInUser = {
      id: 1001,
      login: "unverified",
      name: null,
      emails: [
        { email: "unverified@example.com", primary: true, verified: false, visibility: "public" },
        { email: "other@example.com", primary: false, verified: true, visibility: null },
      ],
    };
    const { callbackUrl } = await signInAtGithub();
    await expect(
      finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl }),
    ).rejects.toThrow(OidcEmailNotVerifiedError);
  });

  it("reports GitHub's refusal of a bad code (HTTP 200 with an error field)", async () => {
    github.signedInUser = octocat;
    const { callbackUrl } = await signInAtGithub();
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set("code", "not-a-code");
    const failure = finishOidcLogin(testDatabase.database, masterKey, {
      redirectUri,
      callbackUrl: tampered.href,
    });
    await expect(failure).rejects.toThrow(OidcProviderRejectedError);
    await expect(failure).rejects.toMatchObject({ providerError: "bad_verification_code" });
  });
});

describe("the GitHub test double", () => {
  it("answers the token endpoint form-encoded unless JSON is asked for, as GitHub does", async () => {
    const github = await startGithubTestDouble({ redirectUri, user: octocat });
    try {
      const body = new URLSearchParams({
        client_id: github.clientId,
        client_secret: github.clientSecret,
        code: "x",
      });
      const form = await fetch(`${github.baseUrl}/login/oauth/access_token`, { method: "POST", body });
      expect(form.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);
      expect(new URLSearchParams(await form.text()).get("error")).toBe("bad_verification_code");
      const json = await fetch(`${github.baseUrl}/login/oauth/access_token`, {
        method: "POST",
        body,
        headers: { accept: "application/json" },
      });
      expect(await json.json()).toMatchObject({ error: "bad_verification_code" });
    } finally {
      await github.close();
    }
  });
});
