import type { Caller, ResolvedModel } from "@penny/chat";
import { type Database, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { DEFAULT_PRIVACY_POLICY, type PrivacyPolicy, writePrivacyPolicy } from "@penny/models";
import type { ModelMessage } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPromptPrivacy } from "./prompt-privacy.ts";

const email = "ana@example.com";
const messages: ModelMessage[] = [{ role: "user", content: `Mail ${email}` }];
const model = (external: boolean) => ({ id: "m", label: "m", reason: "test", external }) as ResolvedModel;

describe("createPromptPrivacy", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let caller: Caller;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    const [tenant] = await database.withPlatform((tx) =>
      tx.insert(schema.tenants).values({ slug: "privacy-cache", name: "Privacy" }).returning(),
    );
    caller = {
      tenantId: tenant?.id as string,
      userId: crypto.randomUUID(),
      role: "viewer",
      permissions: new Set(),
    };
  });
  afterAll(() => testDatabase?.dispose());

  const setPolicy = (policy: PrivacyPolicy) =>
    database.withTenant(caller.tenantId, (tx) => writePrivacyPolicy(tx, caller.tenantId, policy));
  const redactionOff = { ...DEFAULT_PRIVACY_POLICY, redactInput: { enabled: false, kinds: [] } };

  it("redacts for external models only, by the tenant's policy", async () => {
    const privacy = createPromptPrivacy({ database });
    const external = await privacy.protectPrompt({ caller, model: model(true), system: email, messages });
    expect(external).toMatchObject({
      system: "[EMAIL_1]",
      messages: [{ role: "user", content: "Mail [EMAIL_1]" }],
      redactions: [{ kind: "email", count: 2 }],
    });
    // What the model sends back for a tool gets the real values again.
    expect(external.restore?.({ to: "[EMAIL_1]", note: "[ email_1 ] and [PHONE_9]" })).toEqual({
      to: email,
      note: `${email} and [PHONE_9]`,
    });
    const local = await privacy.protectPrompt({ caller, model: model(false), system: email, messages });
    expect(local).toEqual({ system: email, messages, redactions: [] });
    expect(local.messages).toBe(messages);
  });

  it("reuses the policy until it expires or is forgotten after a write", async () => {
    let now = 0;
    const privacy = createPromptPrivacy({ database, ttlMs: 1_000, clock: () => now });
    const protect = () => privacy.protectPrompt({ caller, model: model(true), system: undefined, messages });
    expect((await protect()).redactions).toEqual([{ kind: "email", count: 1 }]);

    await setPolicy(redactionOff);
    now = 999;
    expect((await protect()).redactions).toEqual([{ kind: "email", count: 1 }]);
    now = 1_000;
    expect((await protect()).messages).toEqual(messages);

    await setPolicy(DEFAULT_PRIVACY_POLICY);
    expect((await protect()).messages).toEqual(messages);
    privacy.forget(caller.tenantId);
    expect((await protect()).redactions).toEqual([{ kind: "email", count: 1 }]);
  });

  it("filters answers by the tenant's kinds, and secrets whatever the policy says", async () => {
    const privacy = createPromptPrivacy({ database });
    const text = `Key sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34 for ${email}.`;
    const run = async () => {
      const filter = (await privacy.outputFilter(caller))();
      return filter.push(text).text + filter.flush().text;
    };
    expect(await run()).toBe(`Key [SECRET_1] for ${email}.`);
    await setPolicy({ ...DEFAULT_PRIVACY_POLICY, filterOutput: { enabled: true, kinds: ["email"] } });
    privacy.forget(caller.tenantId);
    expect(await run()).toBe("Key [SECRET_1] for [EMAIL_1].");
    await setPolicy({ ...DEFAULT_PRIVACY_POLICY, filterOutput: { enabled: false, kinds: ["email"] } });
    privacy.forget(caller.tenantId);
    expect(await run()).toBe(`Key [SECRET_1] for ${email}.`);
  });
});
