import { schema } from "@penny/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  FIXTURE_PASSWORD,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let testApp: TestApp;
let fixture: IdentityFixture;

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "me");
});
afterAll(async () => {
  await testApp?.dispose();
});

const login = (email: string, password: string) =>
  testApp.app.inject({ method: "POST", url: "/v1/auth/login", payload: { email, password } });

const auditActions = (tenantId: string, action: string) =>
  testApp.database.withTenant(tenantId, (tx) =>
    tx
      .select({ outcome: schema.auditEvents.outcome, target: schema.auditEvents.target })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.tenantId, tenantId), eq(schema.auditEvents.action, action))),
  );

describe("your own account", () => {
  it("renames you everywhere, trims the name and refuses an empty or over-long one", async () => {
    const user = fixture.users.viewer;
    const headers = await sessionHeaders(testApp.app, user);
    const renamed = await testApp.app.inject({
      method: "PATCH",
      url: "/v1/me",
      headers,
      payload: { name: "  Ada Lovelace  " },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().user.name).toBe("Ada Lovelace");
    const me = await testApp.app.inject({ method: "GET", url: "/v1/me", headers });
    expect(me.json().user.name).toBe("Ada Lovelace");

    for (const name of ["   ", "x".repeat(201), "tab\there"]) {
      const refused = await testApp.app.inject({
        method: "PATCH",
        url: "/v1/me",
        headers,
        payload: { name },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().code).toBe("PENNY_VALIDATION_FAILED");
    }
    const after = await testApp.app.inject({ method: "GET", url: "/v1/me", headers });
    expect(after.json().user.name).toBe("Ada Lovelace");
    expect((await auditActions(user.tenantId, "auth.profile_update")).length).toBe(1);
  });

  it("changes the password with the current one, ends the other sessions and keeps this one", async () => {
    const user = fixture.users.creator;
    const here = await sessionHeaders(testApp.app, user);
    const elsewhere = await sessionHeaders(testApp.app, user);
    const newPassword = "a brand new passphrase 42";

    const wrong = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/password",
      headers: here,
      payload: { currentPassword: "not it at all", newPassword },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe("PENNY_CURRENT_PASSWORD_WRONG");
    expect((await auditActions(user.tenantId, "auth.password_change")).map((row) => row.outcome)).toEqual([
      "failure",
    ]);

    const weak = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/password",
      headers: here,
      payload: { currentPassword: FIXTURE_PASSWORD, newPassword: "short" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe("PENNY_PASSWORD_WEAK");
    // Neither refusal changed anything: the old password still signs in.
    expect((await login(user.email, FIXTURE_PASSWORD)).statusCode).toBe(200);

    const changed = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/password",
      headers: here,
      payload: { currentPassword: FIXTURE_PASSWORD, newPassword },
    });
    expect(changed.statusCode).toBe(200);
    // The other fixture session and the one the login above opened.
    expect(changed.json().endedSessions).toBe(2);
    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: here })).statusCode).toBe(200);
    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: elsewhere })).statusCode).toBe(
      401,
    );
    expect((await login(user.email, FIXTURE_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, newPassword)).statusCode).toBe(200);
    expect(
      (await auditActions(user.tenantId, "auth.password_change")).map((row) => row.outcome).sort(),
    ).toEqual(["failure", "success"]);
  });

  it("stops guessing the current password after five wrong tries, with Retry-After", async () => {
    const headers = await sessionHeaders(testApp.app, fixture.users.manager);
    const attempt = () =>
      testApp.app.inject({
        method: "POST",
        url: "/v1/me/password",
        headers,
        payload: { currentPassword: "guess", newPassword: "another long passphrase 7" },
      });
    for (let index = 0; index < 5; index += 1) expect((await attempt()).statusCode).toBe(400);
    const throttled = await attempt();
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("tells a person without a password (single sign-on) how to set one", async () => {
    const user = fixture.users.admin;
    await testApp.database.withPlatform((tx) =>
      tx.update(schema.users).set({ passwordHash: null }).where(eq(schema.users.id, user.id)),
    );
    const headers = await sessionHeaders(testApp.app, user);
    const answer = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/password",
      headers,
      payload: { currentPassword: "anything", newPassword: "another long passphrase 7" },
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().code).toBe("PENNY_PASSWORD_NOT_SET");
    expect(answer.json().detail).toMatch(/identity provider/);
  });

  it("needs a signed-in person: API keys and anonymous callers cannot change a password", async () => {
    const anonymous = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/password",
      payload: { currentPassword: "a", newPassword: "b" },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
