import { randomBytes } from "node:crypto";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestTenant } from "./__fixtures__/people.ts";
import { readClientSecret } from "./client-secret.ts";
import { IdentityProviderInvalidError } from "./errors/identity-provider-invalid-error.ts";
import { IdentityProviderNameTakenError } from "./errors/identity-provider-name-taken-error.ts";
import { IdentityProviderNotFoundError } from "./errors/identity-provider-not-found-error.ts";
import type { IdentityProviderSettings } from "./identity-provider-settings.ts";
import {
  configureIdentityProvider,
  deleteIdentityProvider,
  findProvider,
  listIdentityProviders,
  updateIdentityProvider,
} from "./identity-providers.ts";

const masterKey = randomBytes(32);
const clientSecret = `secret-${randomBytes(12).toString("hex")}`;

describe("identity provider settings", () => {
  let testDatabase: TestDatabase;
  let tenantId: string;
  let otherTenantId: string;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    tenantId = await createTestTenant(testDatabase.database, "acme");
    otherTenantId = await createTestTenant(testDatabase.database, "globex");
  });
  afterAll(() => testDatabase?.dispose());

  const configure = (settings: IdentityProviderSettings, inTenant = tenantId) =>
    configureIdentityProvider(testDatabase.database, masterKey, { tenantId: inTenant, ...settings });

  it("seals the client secret and never returns it", async () => {
    const provider = await configure({
      kind: "oidc",
      name: "Okta",
      issuer: "https://acme.okta.example/oauth2/default",
      clientId: "0oa-client",
      clientSecret,
      allowedDomains: ["Acme.Example"],
    });
    expect(provider).toMatchObject({
      kind: "oidc",
      issuer: "https://acme.okta.example/oauth2/default",
      scopes: ["openid", "email", "profile"],
      jitProvisioning: true,
      defaultRole: "viewer",
      allowedDomains: ["acme.example"],
      enabled: true,
      hasClientSecret: true,
    });
    const listed = await listIdentityProviders(testDatabase.database, tenantId);
    expect(JSON.stringify(listed)).not.toContain(clientSecret);

    const credentials = await testDatabase.database.withTenant(tenantId, (tx) =>
      tx.select().from(schema.credentials),
    );
    expect(credentials).toHaveLength(1);
    const [credential] = credentials;
    expect(credential?.ciphertext.includes(Buffer.from(clientSecret))).toBe(false);
    expect(credential?.encryptedDataKey.includes(Buffer.from(clientSecret))).toBe(false);
    const opened = await testDatabase.database.withTenant(tenantId, async (tx) => {
      const row = await findProvider(tx, tenantId, provider.id);
      return readClientSecret(tx, masterKey, {
        tenantId,
        credentialId: row?.clientSecretCredentialId ?? null,
      });
    });
    expect(opened).toBe(clientSecret);
  });

  it("fills in the presets: Google's issuer, an Entra directory's issuer, GitHub's base URL and scopes", async () => {
    const google = await configure({ kind: "google", name: "Google", clientId: "g", clientSecret });
    expect(google.issuer).toBe("https://accounts.google.com");
    const entra = await configure({
      kind: "entra",
      name: "Microsoft",
      directoryTenantId: "72F988BF-86F1-41AF-91AB-2D7CD011DB47",
      clientId: "e",
      clientSecret,
    });
    expect(entra.issuer).toBe("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0");
    const github = await configure({ kind: "github", name: "GitHub", clientId: "gh", clientSecret });
    expect(github).toMatchObject({ issuer: "https://github.com", scopes: ["read:user", "user:email"] });
  });

  it.each<[string, IdentityProviderSettings]>([
    [
      "an http issuer off loopback",
      { kind: "oidc", name: "x", issuer: "http://idp.example", clientId: "c", clientSecret },
    ],
    [
      "an issuer with a query",
      { kind: "oidc", name: "x", issuer: "https://idp.example/?a=1", clientId: "c", clientSecret },
    ],
    [
      "an issuer for Google",
      {
        kind: "google",
        name: "x",
        clientId: "c",
        clientSecret,
        issuer: "https://evil.example",
      } as IdentityProviderSettings,
    ],
    [
      "a multi-tenant Entra endpoint",
      { kind: "entra", name: "x", directoryTenantId: "common", clientId: "c", clientSecret },
    ],
    [
      "OIDC scopes without openid",
      {
        kind: "oidc",
        name: "x",
        issuer: "https://idp.example",
        clientId: "c",
        clientSecret,
        scopes: ["email"],
      },
    ],
    [
      "a malformed domain",
      { kind: "google", name: "x", clientId: "c", clientSecret, allowedDomains: ["not a domain"] },
    ],
    ["an empty client secret", { kind: "google", name: "x", clientId: "c", clientSecret: "" }],
  ])("refuses %s", async (_, settings) => {
    await expect(configure(settings)).rejects.toThrow(IdentityProviderInvalidError);
  });

  it("accepts plain http on loopback, for a local IdP", async () => {
    const local = await configure({
      kind: "oidc",
      name: "Local",
      issuer: "http://127.0.0.1:8080",
      clientId: "c",
      clientSecret,
    });
    expect(local.issuer).toBe("http://127.0.0.1:8080");
  });

  it("keeps names unique per tenant", async () => {
    await configure({ kind: "google", name: "Workspace", clientId: "c", clientSecret });
    await expect(
      configure({ kind: "google", name: "Workspace", clientId: "d", clientSecret }),
    ).rejects.toThrow(IdentityProviderNameTakenError);
    await expect(
      configure({ kind: "google", name: "Workspace", clientId: "c", clientSecret }, otherTenantId),
    ).resolves.toMatchObject({ name: "Workspace" });
  });

  it("updates settings, rotates the secret, and keeps the issuer fixed", async () => {
    const provider = await configure({
      kind: "oidc",
      name: "Keycloak",
      issuer: "https://sso.acme.example/realms/acme",
      clientId: "penny",
      clientSecret,
    });
    const update = (changes: Record<string, unknown>) =>
      updateIdentityProvider(testDatabase.database, masterKey, {
        tenantId,
        providerId: provider.id,
        ...changes,
      });
    const updated = await update({ name: "Acme Keycloak", defaultRole: "creator", clientSecret: "rotated" });
    expect(updated).toMatchObject({ name: "Acme Keycloak", defaultRole: "creator", clientId: "penny" });
    const opened = await testDatabase.database.withTenant(tenantId, async (tx) => {
      const row = await findProvider(tx, tenantId, provider.id);
      return readClientSecret(tx, masterKey, {
        tenantId,
        credentialId: row?.clientSecretCredentialId ?? null,
      });
    });
    expect(opened).toBe("rotated");
    await expect(update({ issuer: "https://elsewhere.example" })).rejects.toThrow(
      IdentityProviderInvalidError,
    );
    await expect(update({ scopes: ["profile"] })).rejects.toThrow(IdentityProviderInvalidError);
    await expect(update({ name: "Okta" })).rejects.toThrow(IdentityProviderNameTakenError);
  });

  it("deletes a provider and its secret, and only within its tenant", async () => {
    const provider = await configure({ kind: "google", name: "To delete", clientId: "c", clientSecret });
    const remove = (inTenant: string) =>
      deleteIdentityProvider(testDatabase.database, { tenantId: inTenant, providerId: provider.id });
    await expect(remove(otherTenantId)).rejects.toThrow(IdentityProviderNotFoundError);
    const before = await testDatabase.database.withTenant(tenantId, (tx) =>
      tx.select().from(schema.credentials),
    );
    await remove(tenantId);
    const after = await testDatabase.database.withTenant(tenantId, (tx) =>
      tx.select().from(schema.credentials),
    );
    expect(after).toHaveLength(before.length - 1);
    await expect(remove(tenantId)).rejects.toThrow(IdentityProviderNotFoundError);
    await expect(
      updateIdentityProvider(testDatabase.database, masterKey, {
        tenantId,
        providerId: "not-a-uuid",
        enabled: false,
      }),
    ).rejects.toThrow(IdentityProviderNotFoundError);
  });
});
