import type { Database } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../cache/__fixtures__/create-tenant.ts";
import type { ProviderSettings } from "../providers/provider-settings-schema.ts";
import { createProvider } from "./provider-store.ts";
import { createTenantModelResolver } from "./tenant-model-resolver.ts";

const masterKey = Buffer.alloc(32, 7);
const request = (tenantId: string, sensitive = false) => ({
  tenantId,
  sensitive,
  text: "hello",
  toolCount: 0,
  historyLength: 0,
});
const ollama: ProviderSettings = {
  kind: "openai-compatible",
  name: "ollama",
  baseUrl: "http://127.0.0.1:9/v1",
  models: [{ id: "llama", size: "small", local: true, inputCostPerMillion: 0.5 }],
};
const hosted: ProviderSettings = {
  kind: "openai",
  name: "hosted",
  apiKey: "sk-test",
  models: [{ id: "gpt", size: "large", local: false }],
};

describe("createTenantModelResolver: locality and prices", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
  });
  afterAll(() => testDatabase?.dispose());

  const resolverFor = () => createTenantModelResolver({ database, masterKey });
  const addProviders = async (tenantId: string, providers: [ProviderSettings, number][]) => {
    await database.withTenant(tenantId, async (tx) => {
      for (const [settings, priority] of providers)
        await createProvider(tx, masterKey, { tenantId, settings, priority });
    });
  };

  it("calls the built-in model alone local, with no price", async () => {
    const tenantId = await createTenant(database);
    const resolved = await resolverFor()(request(tenantId));
    expect(resolved).toMatchObject({ id: "builtin", external: false });
    expect(resolved.pricing).toBeUndefined();
  });

  it("prices the chosen model, counting a missing price as zero when the other is given", async () => {
    const tenantId = await createTenant(database);
    await addProviders(tenantId, [[ollama, 1]]);
    const resolved = await resolverFor()(request(tenantId));
    expect(resolved).toMatchObject({ id: "ollama/llama", external: false });
    expect(resolved.pricing).toEqual({ inputPerMillion: 0.5, outputPerMillion: 0 });
  });

  it("is external when a hosted model may answer, even as a fallback, and not when it is excluded", async () => {
    const tenantId = await createTenant(database);
    await addProviders(tenantId, [
      [ollama, 1],
      [hosted, 2],
    ]);
    const resolved = await resolverFor()(request(tenantId));
    expect(resolved.id).toBe("ollama/llama");
    expect(resolved.external).toBe(true);
    const sensitive = await resolverFor()(request(tenantId, true));
    expect(sensitive.external).toBe(false);
    expect(sensitive.reason).toMatch(/hosted\/gpt: excluded/);
  });

  it("leaves the price out when the tenant gave none", async () => {
    const tenantId = await createTenant(database);
    await addProviders(tenantId, [[hosted, 1]]);
    const resolved = await resolverFor()(request(tenantId));
    expect(resolved).toMatchObject({ id: "hosted/gpt", external: true });
    expect(resolved).not.toHaveProperty("pricing");
  });
});
