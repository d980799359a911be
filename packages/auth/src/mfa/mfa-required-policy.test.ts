import { randomBytes, randomUUID } from "node:crypto";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  isMfaRequired,
  MFA_REQUIRED_POLICY,
  secondFactorDue,
  setMfaRequired,
} from "./index.ts";

let test: TestDatabase;

beforeAll(async () => {
  test = await openTestDatabase();
});

afterAll(async () => {
  await test?.dispose();
});

async function createTenant(): Promise<string> {
  const slug = `t-${randomUUID()}`;
  const [tenant] = await test.database.withPlatform((tx) =>
    tx.insert(schema.tenants).values({ slug, name: slug }).returning({ id: schema.tenants.id }),
  );
  if (!tenant) throw new Error("no tenant inserted");
  return tenant.id;
}

async function createUser(): Promise<string> {
  const [user] = await test.database.withPlatform((tx) =>
    tx
      .insert(schema.users)
      .values({ email: `${randomUUID()}@acme.test`, name: "Ann Example" })
      .returning({ id: schema.users.id }),
  );
  if (!user) throw new Error("no user inserted");
  return user.id;
}

describe("the mfa.required policy", () => {
  it("is off until set, and set per tenant: one tenant's policy is invisible to another", async () => {
    const tenantA = await createTenant();
    const tenantB = await createTenant();
    await expect(isMfaRequired(test.database, tenantA)).resolves.toBe(false);

    await setMfaRequired(test.database, tenantA, true);
    await expect(isMfaRequired(test.database, tenantA)).resolves.toBe(true);
    await expect(isMfaRequired(test.database, tenantB)).resolves.toBe(false);
    const seenByB = await test.database.withTenant(tenantB, (tx) => tx.select().from(schema.policies));
    expect(seenByB).toEqual([]);

    await setMfaRequired(test.database, tenantA, false);
    await expect(isMfaRequired(test.database, tenantA)).resolves.toBe(false);
    const rows = await test.database.withPlatform((tx) => tx.select().from(schema.policies));
    expect(rows.filter((row) => row.tenantId === tenantA)).toMatchObject([
      { key: MFA_REQUIRED_POLICY, value: false },
    ]);
  });

  it("treats anything but JSON true as not required", async () => {
    const tenantId = await createTenant();
    await test.database.withTenant(tenantId, (tx) =>
      tx.insert(schema.policies).values({ tenantId, key: MFA_REQUIRED_POLICY, value: "true" }),
    );
    await expect(isMfaRequired(test.database, tenantId)).resolves.toBe(false);
  });
});

describe("secondFactorDue", () => {
  it("asks an enrolled user to verify, an unenrolled one to enrol only where the tenant requires it", async () => {
    const strict = await createTenant();
    const relaxed = await createTenant();
    await setMfaRequired(test.database, strict, true);
    const userId = await createUser();

    await expect(secondFactorDue(test.database, { userId, tenantId: relaxed })).resolves.toBe("none");
    await expect(secondFactorDue(test.database, { userId, tenantId: null })).resolves.toBe("none");
    await expect(secondFactorDue(test.database, { userId, tenantId: strict })).resolves.toBe("enrol");

    const masterKey = randomBytes(32);
    const now = new Date("2026-01-15T10:00:10Z");
    const { secret } = await beginTotpEnrolment(test.database, masterKey, {
      userId,
      accountName: "a@acme.test",
    });
    await expect(secondFactorDue(test.database, { userId, tenantId: strict })).resolves.toBe("enrol");
    const code = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
    await confirmTotpEnrolment(test.database, masterKey, { userId, code, now });

    await expect(secondFactorDue(test.database, { userId, tenantId: strict })).resolves.toBe("verify");
    await expect(secondFactorDue(test.database, { userId, tenantId: relaxed })).resolves.toBe("verify");
  });
});
