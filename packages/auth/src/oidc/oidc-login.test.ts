import { randomBytes } from "node:crypto";
import { rootMessage, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../tokens.ts";
import { createTestTenant, createTestUser, describeUser } from "./__fixtures__/people.ts";
import {
  startTestIdentityProvider,
  type TestIdentityProvider,
} from "./__fixtures__/test-identity-provider.ts";
import { IdentityProviderNotFoundError } from "./errors/identity-provider-not-found-error.ts";
import { OidcAccountDisabledError } from "./errors/oidc-account-disabled-error.ts";
import { OidcAccountLinkRefusedError } from "./errors/oidc-account-link-refused-error.ts";
import { OidcDomainNotAllowedError } from "./errors/oidc-domain-not-allowed-error.ts";
import { OidcEmailNotVerifiedError } from "./errors/oidc-email-not-verified-error.ts";
import { OidcNotProvisionedError } from "./errors/oidc-not-provisioned-error.ts";
import { OidcProviderRejectedError } from "./errors/oidc-provider-rejected-error.ts";
import { OidcStateExpiredError } from "./errors/oidc-state-expired-error.ts";
import { OidcStateInvalidError } from "./errors/oidc-state-invalid-error.ts";
import { OidcStateReplayedError } from "./errors/oidc-state-replayed-error.ts";
import { OidcTokenInvalidError } from "./errors/oidc-token-invalid-error.ts";
import { finishOidcLogin } from "./finish-oidc-login.ts";
import { configureIdentityProvider, updateIdentityProvider } from "./identity-providers.ts";
import { startOidcLogin } from "./start-oidc-login.ts";

const redirectUri = "https://penny.test/v1/auth/oidc/callback";
const masterKey = randomBytes(32);

describe("OIDC sign-in against a real OpenID Provider", () => {
  let testDatabase: TestDatabase;
  let idp: TestIdentityProvider;
  let tenantId: string;
  let otherTenantId: string;
  let providerId: string;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    idp = await startTestIdentityProvider({ redirectUri });
    tenantId = await createTestTenant(testDatabase.database, "acme");
    otherTenantId = await createTestTenant(testDatabase.database, "globex");
    providerId = await addProvider("Acme SSO");
  });
  afterAll(async () => {
    await idp?.close();
    await testDatabase?.dispose();
  });

  async function addProvider(
    name: string,
    settings: { jitProvisioning?: boolean; allowedDomains?: string[] } = {},
  ) {
    const provider = await configureIdentityProvider(testDatabase.database, masterKey, {
      tenantId,
      kind: "oidc",
      name,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      defaultRole: "creator",
      ...settings,
    });
    return provider.id;
  }

  function addAccount(login: string, emailVerified = true) {
    idp.accounts.set(login, { email: `${login}@example.com`, emailVerified, name: `${login} Example` });
  }

  /** Start → the provider's login and consent pages → the callback URL the browser lands on. */
  async function signInAtProvider(login: string, usingProvider = providerId) {
    const started = await startOidcLogin(testDatabase.database, {
      tenantId,
      providerId: usingProvider,
      redirectUri,
      redirectTo: "/chat?welcome=1",
    });
    return { started, callbackUrl: await idp.signIn(started.authorizationUrl, login) };
  }

  async function signIn(login: string, usingProvider = providerId) {
    const { started, callbackUrl } = await signInAtProvider(login, usingProvider);
    return finishOidcLogin(testDatabase.database, masterKey, {
      redirectUri,
      callbackUrl,
      browserState: started.state,
    });
  }

  it("creates a member with the default role on the first sign-in (JIT), without a password", async () => {
    addAccount("alice");
    const result = await signIn("alice");
    expect(result).toMatchObject({
      tenantId,
      providerId,
      providerKind: "oidc",
      subject: "alice",
      email: "alice@example.com",
      created: true,
      linked: true,
      membershipCreated: true,
      role: "creator",
      redirectTo: "/chat?welcome=1",
    });
    const stored = await describeUser(testDatabase.database, { userId: result.userId, tenantId });
    expect(stored.user).toMatchObject({
      email: "alice@example.com",
      name: "alice Example",
      passwordHash: null,
    });
    // A tenant-run IdP does not prove the mailbox to Penny as a whole.
    expect(stored.user?.emailVerifiedAt).toBeNull();
    expect(stored.memberships).toEqual([{ role: "creator" }]);
    expect(stored.identities).toMatchObject([
      { tenantId, providerId, subject: "alice", email: "alice@example.com" },
    ]);
  });

  it("signs the same user in again without creating anything", async () => {
    const first = await signIn("alice");
    const second = await signIn("alice");
    expect(second).toMatchObject({
      userId: first.userId,
      created: false,
      linked: false,
      membershipCreated: false,
    });
  });

  it("links an existing member by verified email", async () => {
    const userId = await createTestUser(testDatabase.database, {
      email: "Bob@Example.com",
      memberships: [{ tenantId, role: "manager" }],
    });
    addAccount("bob");
    const result = await signIn("bob");
    expect(result).toMatchObject({
      userId,
      created: false,
      linked: true,
      membershipCreated: false,
      role: "manager",
    });
    const again = await signIn("bob");
    expect(again).toMatchObject({ userId, linked: false });
  });

  it("adds an existing user who is in no other tenant as a member, under JIT", async () => {
    const userId = await createTestUser(testDatabase.database, { email: "carol@example.com" });
    addAccount("carol");
    const result = await signIn("carol");
    expect(result).toMatchObject({
      userId,
      created: false,
      linked: true,
      membershipCreated: true,
      role: "creator",
    });
  });

  it("does not let a tenant-run IdP take over an account used in another tenant or a platform admin", async () => {
    const userId = await createTestUser(testDatabase.database, {
      email: "dave@example.com",
      memberships: [{ tenantId: otherTenantId, role: "admin" }],
    });
    addAccount("dave");
    await expect(signIn("dave")).rejects.toThrow(OidcAccountLinkRefusedError);
    await createTestUser(testDatabase.database, { email: "root@example.com", isPlatformAdmin: true });
    addAccount("root");
    await expect(signIn("root")).rejects.toThrow(OidcAccountLinkRefusedError);
    const stored = await describeUser(testDatabase.database, { userId, tenantId });
    expect(stored.memberships).toEqual([]);
    expect(stored.identities).toEqual([]);
  });

  it("never links or creates an account from an unverified email", async () => {
    await createTestUser(testDatabase.database, { email: "erin@example.com" });
    addAccount("erin", false);
    await expect(signIn("erin")).rejects.toThrow(OidcEmailNotVerifiedError);
    addAccount("frank", false);
    await expect(signIn("frank")).rejects.toThrow(OidcEmailNotVerifiedError);
    const [created] = await testDatabase.database.withPlatform((tx) =>
      tx.select().from(schema.users).where(eq(schema.users.email, "frank@example.com")),
    );
    expect(created).toBeUndefined();
  });

  it("stores only the hash of the state, and refuses a replayed callback", async () => {
    addAccount("grace");
    const { started, callbackUrl } = await signInAtProvider("grace");
    const rows = await testDatabase.database.withPlatform((tx) =>
      tx
        .select({ stateHash: schema.oidcLoginStates.stateHash })
        .from(schema.oidcLoginStates)
        .where(eq(schema.oidcLoginStates.stateHash, hashToken(started.state))),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.stateHash).not.toContain(started.state);

    await finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl });
    await expect(
      finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl }),
    ).rejects.toThrow(OidcStateReplayedError);
  });

  it("refuses a forged state, a missing one, and one from another browser", async () => {
    addAccount("heidi");
    const { started, callbackUrl } = await signInAtProvider("heidi");
    const forged = new URL(callbackUrl);
    forged.searchParams.set("state", randomBytes(32).toString("base64url"));
    await expect(
      finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl: forged.href }),
    ).rejects.toThrow(OidcStateInvalidError);
    forged.searchParams.delete("state");
    await expect(
      finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl: forged.href }),
    ).rejects.toThrow(OidcStateInvalidError);
    await expect(
      finishOidcLogin(testDatabase.database, masterKey, {
        redirectUri,
        callbackUrl,
        browserState: "another",
      }),
    ).rejects.toThrow(OidcStateInvalidError);
    // The mismatch did not use the sign-in up: its own browser still completes it.
    const result = await finishOidcLogin(testDatabase.database, masterKey, {
      redirectUri,
      callbackUrl,
      browserState: started.state,
    });
    expect(result.email).toBe("heidi@example.com");
  });

  it("refuses an expired state", async () => {
    addAccount("ivan");
    const { started, callbackUrl } = await signInAtProvider("ivan");
    await testDatabase.database.withPlatform((tx) =>
      tx
        .update(schema.oidcLoginStates)
        .set({ expiresAt: sql`now() - interval '1 second'` })
        .where(eq(schema.oidcLoginStates.stateHash, hashToken(started.state))),
    );
    await expect(
      finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl }),
    ).rejects.toThrow(OidcStateExpiredError);
  });

  it("refuses an ID token whose signature was tampered with", async () => {
    addAccount("judy");
    const { callbackUrl } = await signInAtProvider("judy");
    idp.tamperWithNextIdToken();
    const failure = await finishOidcLogin(testDatabase.database, masterKey, {
      redirectUri,
      callbackUrl,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OidcTokenInvalidError);
    expect(rootMessage(failure)).toMatch(/signature verification failed/);
  });

  it("reports a person who declined at the provider", async () => {
    const started = await startOidcLogin(testDatabase.database, { tenantId, providerId, redirectUri });
    const callbackUrl = await idp.signIn(started.authorizationUrl, "alice", { decline: true });
    const failure = finishOidcLogin(testDatabase.database, masterKey, { redirectUri, callbackUrl });
    await expect(failure).rejects.toThrow(OidcProviderRejectedError);
    await expect(failure).rejects.toMatchObject({ providerError: "access_denied" });
  });

  it("keeps sign-ins to the allowed email domains", async () => {
    const restricted = await addProvider("Corp only", { allowedDomains: ["corp.example"] });
    addAccount("mallory");
    await expect(signIn("mallory", restricted)).rejects.toThrow(OidcDomainNotAllowedError);
    idp.accounts.set("niaj", { email: "niaj@CORP.example", emailVerified: true, name: "Niaj" });
    await expect(signIn("niaj", restricted)).resolves.toMatchObject({
      created: true,
      email: "niaj@CORP.example",
    });
  });

  it("does not provision anyone when JIT is off", async () => {
    const invitationOnly = await addProvider("Invitation only", { jitProvisioning: false });
    addAccount("olivia");
    await expect(signIn("olivia", invitationOnly)).rejects.toThrow(OidcNotProvisionedError);
    await createTestUser(testDatabase.database, { email: "peggy@example.com" });
    addAccount("peggy");
    await expect(signIn("peggy", invitationOnly)).rejects.toThrow(OidcNotProvisionedError);
    const memberId = await createTestUser(testDatabase.database, {
      email: "rupert@example.com",
      memberships: [{ tenantId, role: "viewer" }],
    });
    addAccount("rupert");
    await expect(signIn("rupert", invitationOnly)).resolves.toMatchObject({ userId: memberId, linked: true });
  });

  it("refuses a deactivated account even with a linked identity", async () => {
    addAccount("sybil");
    const { userId } = await signIn("sybil");
    await testDatabase.database.withPlatform((tx) =>
      tx.update(schema.users).set({ status: "deactivated" }).where(eq(schema.users.id, userId)),
    );
    await expect(signIn("sybil")).rejects.toThrow(OidcAccountDisabledError);
  });

  it("cannot start with a disabled provider", async () => {
    const disabled = await addProvider("Disabled");
    await updateIdentityProvider(testDatabase.database, masterKey, {
      tenantId,
      providerId: disabled,
      enabled: false,
    });
    await expect(
      startOidcLogin(testDatabase.database, { tenantId, providerId: disabled, redirectUri }),
    ).rejects.toThrow(IdentityProviderNotFoundError);
  });
});
