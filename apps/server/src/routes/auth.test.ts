import { listAuditEvents, verifyAuditChain } from "@penny/audit";
import { LOGIN_FAILURES_PER_EMAIL } from "@penny/auth";
import { sql } from "drizzle-orm";
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
  fixture = await createIdentityFixture(testApp.database, "auth");
});
afterAll(() => testApp?.dispose());

const login = (email: string, password: string, tenant?: string) =>
  testApp.app.inject({ method: "POST", url: "/v1/auth/login", payload: { email, password, tenant } });

function sessionCookie(response: Awaited<ReturnType<typeof login>>) {
  const cookie = response.cookies.find((candidate) => candidate.name === "penny_session");
  if (!cookie) throw new Error(`no session cookie in ${response.body}`);
  return cookie;
}

async function auditActions(tenantId: string) {
  const page = await testApp.database.withTenant(tenantId, (tx) =>
    listAuditEvents(tx, { tenantId, limit: 100 }),
  );
  return page.events.map((event) => `${event.action}:${event.outcome}`);
}

describe("password sign-in", () => {
  it("sets an httpOnly SameSite cookie and returns the caller with a CSRF token", async () => {
    const response = await login(fixture.users.manager.email, FIXTURE_PASSWORD);
    expect(response.statusCode, response.body).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.secure).toBeFalsy();
    const me = response.json();
    expect(me).toMatchObject({
      user: { email: fixture.users.manager.email },
      tenant: { slug: fixture.tenantA.slug },
      role: "manager",
      via: "session",
    });
    expect(me.permissions).toContain("invites:manage");
    expect(me.permissions).not.toContain("members:manage");
    expect(me.csrfToken).toEqual(expect.any(String));

    const again = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { cookie: `penny_session=${cookie.value}` },
    });
    expect(again.json()).toMatchObject({ role: "manager", csrfToken: me.csrfToken });
    expect(await auditActions(fixture.tenantA.id)).toContain("auth.login:success");
  });

  it("answers a wrong password and an unknown email identically, and audits the failure on the account", async () => {
    const wrong = await login(fixture.users.creator.email, "not the password at all");
    const unknown = await login("nobody@nowhere.test", "not the password at all");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: string) => {
      const { requestId: _, ...rest } = JSON.parse(body);
      return rest;
    };
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.json().detail).toBe("The email or password is incorrect.");
    expect(wrong.cookies).toHaveLength(0);
    expect(await auditActions(fixture.tenantA.id)).toContain("auth.login:failure");
  });

  it("locks an email after repeated failures, known or not, with a clear message", async () => {
    for (const email of [fixture.users.viewer.email, "ghost@nowhere.test"]) {
      for (let attempt = 0; attempt < LOGIN_FAILURES_PER_EMAIL; attempt++) {
        expect((await login(email, "wrong password here")).statusCode).toBe(401);
      }
      const locked = await login(email, FIXTURE_PASSWORD);
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ code: "PENNY_LOGIN_THROTTLED" });
      expect(locked.json().detail).toMatch(/Too many failed sign-ins/);
    }
  });

  it("rejects a malformed body with a 400 naming the fields", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: "x" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/email/);
    expect(response.body).toMatch(/password/);
  });

  it("signs out: the session is revoked and its cookie no longer works", async () => {
    const headers = await sessionHeaders(testApp.app, fixture.users.creator);
    const out = await testApp.app.inject({ method: "POST", url: "/v1/auth/logout", headers });
    expect(out.statusCode).toBe(204);
    const me = await testApp.app.inject({ method: "GET", url: "/v1/me", headers });
    expect(me.statusCode).toBe(401);
  });
});

describe("sessions and CSRF", () => {
  it("refuses a cookie-authenticated write without the CSRF token", async () => {
    const { cookie, "x-csrf-token": csrf } = await sessionHeaders(testApp.app, fixture.users.admin);
    const without = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: { cookie },
      payload: { name: "k", scopes: ["members:read"] },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe("PENNY_CSRF_FAILED");
    const wrong = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: { cookie, "x-csrf-token": `${csrf}x` },
      payload: { name: "k", scopes: ["members:read"] },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: { cookie, "x-csrf-token": csrf },
      payload: { name: "k", scopes: ["members:read"] },
    });
    expect(right.statusCode, right.body).toBe(201);
  });

  it("lists the caller's sessions and revokes one", async () => {
    const first = await sessionHeaders(testApp.app, fixture.users.manager);
    const second = await sessionHeaders(testApp.app, fixture.users.manager);
    const listed = await testApp.app.inject({ method: "GET", url: "/v1/me/sessions", headers: first });
    const sessions = listed.json().sessions as { id: string; current: boolean }[];
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const other = sessions.find((session) => !session.current);
    expect(other).toBeDefined();
    const revoked = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/me/sessions/${other?.id}`,
      headers: first,
    });
    expect(revoked.statusCode).toBe(204);
    const stillFirst = await testApp.app.inject({ method: "GET", url: "/v1/me", headers: first });
    expect(stillFirst.statusCode).toBe(200);
    const relisted = await testApp.app.inject({ method: "GET", url: "/v1/me/sessions", headers: first });
    const remaining = (relisted.json().sessions as { id: string }[]).map((session) => session.id);
    expect(remaining).not.toContain(other?.id);
    expect(remaining).toHaveLength(sessions.length - 1);
    const again = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/me/sessions/${other?.id}`,
      headers: first,
    });
    expect(again.statusCode).toBe(404);
    expect(second).toBeDefined();
  });

  it("switches the active tenant only into tenants the user belongs to, saying nothing of the others", async () => {
    await testApp.database.withPlatform((tx) =>
      tx.execute(
        sql`insert into memberships (tenant_id, user_id, role) values (${fixture.tenantB.id}, ${fixture.users.viewer.id}, 'creator')`,
      ),
    );
    const headers = await sessionHeaders(testApp.app, fixture.users.viewer);
    const switched = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/tenant",
      headers,
      payload: { tenant: fixture.tenantB.slug },
    });
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.json()).toMatchObject({ tenant: { slug: fixture.tenantB.slug }, role: "creator" });
    expect(
      switched
        .json()
        .tenants.map((tenant: { slug: string }) => tenant.slug)
        .sort(),
    ).toEqual([fixture.tenantA.slug, fixture.tenantB.slug].sort());
    const members = await testApp.app.inject({ method: "GET", url: "/v1/members", headers });
    expect(
      members
        .json()
        .members.map((member: { email: string }) => member.email)
        .sort(),
    ).toEqual([fixture.users.otherAdmin.email, fixture.users.viewer.email].sort());

    const notMember = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/tenant",
      headers: await sessionHeaders(testApp.app, fixture.users.creator),
      payload: { tenant: fixture.tenantB.slug },
    });
    const noSuchTenant = await testApp.app.inject({
      method: "POST",
      url: "/v1/me/tenant",
      headers: await sessionHeaders(testApp.app, fixture.users.creator),
      payload: { tenant: "no-such-tenant" },
    });
    expect(notMember.statusCode).toBe(403);
    expect(noSuchTenant.statusCode).toBe(403);
    expect(notMember.json().detail.replace(fixture.tenantB.slug, "X")).toBe(
      noSuchTenant.json().detail.replace("no-such-tenant", "X"),
    );
  });
});

describe("members", () => {
  it("an admin changes a role; nobody can grant above their own role or remove the last admin", async () => {
    const admin = await sessionHeaders(testApp.app, fixture.users.admin);
    const promote = await testApp.app.inject({
      method: "PATCH",
      url: `/v1/members/${fixture.users.creator.id}`,
      headers: admin,
      payload: { role: "manager" },
    });
    expect(promote.statusCode, promote.body).toBe(200);
    const lastAdmin = await testApp.app.inject({
      method: "PATCH",
      url: `/v1/members/${fixture.users.admin.id}`,
      headers: admin,
      payload: { role: "viewer" },
    });
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json().detail).toMatch(/last admin/);
    expect(await auditActions(fixture.tenantA.id)).toContain("member.role_change:success");
  });

  it("an admin of another tenant cannot touch this tenant's members", async () => {
    const other = await sessionHeaders(testApp.app, fixture.users.otherAdmin);
    // The manager belongs to A only; from B, A's members do not exist.
    const managerAttempt = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/members/${fixture.users.manager.id}`,
      headers: other,
    });
    const patchAttempt = await testApp.app.inject({
      method: "PATCH",
      url: `/v1/members/${fixture.users.manager.id}`,
      headers: other,
      payload: { role: "viewer" },
    });
    expect(patchAttempt.statusCode).toBe(404);
    expect(managerAttempt.statusCode).toBe(404);
    expect(managerAttempt.body).not.toContain(fixture.tenantA.slug);
  });

  it("removing a member ends their sessions and personal keys in that tenant at once", async () => {
    const victimHeaders = await sessionHeaders(testApp.app, fixture.users.platformAdmin);
    const key = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: victimHeaders,
      payload: { name: "mine", scopes: ["members:read"] },
    });
    expect(key.statusCode, key.body).toBe(201);
    const removed = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/members/${fixture.users.platformAdmin.id}`,
      headers: await sessionHeaders(testApp.app, fixture.users.admin),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const session = await testApp.app.inject({ method: "GET", url: "/v1/me", headers: victimHeaders });
    expect(session.statusCode).toBe(401);
    const bearer = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { authorization: `Bearer ${key.json().secret}` },
    });
    expect(bearer.statusCode).toBe(401);
    expect(await auditActions(fixture.tenantA.id)).toEqual(
      expect.arrayContaining(["auth.key_refused:denied"]),
    );
  });
});

describe("refused credentials", () => {
  it("a session whose membership was suspended is refused with a clear 401 and audited", async () => {
    const headers = await sessionHeaders(testApp.app, fixture.users.manager);
    await testApp.database.withPlatform((tx) =>
      tx.execute(
        sql`update memberships set status = 'suspended' where user_id = ${fixture.users.manager.id} and tenant_id = ${fixture.tenantA.id}`,
      ),
    );
    try {
      const me = await testApp.app.inject({ method: "GET", url: "/v1/me", headers });
      expect(me.statusCode).toBe(401);
      expect(me.json().detail).toMatch(/membership in this tenant has ended or is suspended/);
      expect(await auditActions(fixture.tenantA.id)).toContain("auth.session_refused:denied");
    } finally {
      await testApp.database.withPlatform((tx) =>
        tx.execute(
          sql`update memberships set status = 'active' where user_id = ${fixture.users.manager.id} and tenant_id = ${fixture.tenantA.id}`,
        ),
      );
    }
  });
});

describe("API keys", () => {
  it("shows the secret once, stores only a hash, and acts with exactly its scopes", async () => {
    const headers = await sessionHeaders(testApp.app, fixture.users.manager);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers,
      payload: { name: "reporting", scopes: ["members:read", "audit:read"], expiresInDays: 30 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { key, secret } = created.json();
    expect(secret).toMatch(/^pnk_/);
    const listed = await testApp.app.inject({ method: "GET", url: "/v1/api-keys", headers });
    expect(listed.body).not.toContain(secret);
    expect(listed.json().keys.map((listedKey: { id: string }) => listedKey.id)).toContain(key.id);
    const stored = await testApp.database.withPlatform((tx) =>
      tx.execute(sql`select secret_hash from api_keys where id = ${key.id}`),
    );
    expect(JSON.stringify(stored)).not.toContain(secret);

    const me = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ via: "api_key", role: "manager" });
    expect(me.json().permissions.sort()).toEqual(["audit:read", "members:read"]);
    const forbidden = await testApp.app.inject({
      method: "GET",
      url: "/v1/api-keys",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(forbidden.statusCode).toBe(403);

    const revoked = await testApp.app.inject({ method: "DELETE", url: `/v1/api-keys/${key.id}`, headers });
    expect(revoked.statusCode).toBe(204);
    const after = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toMatch(/unknown, revoked or expired/);
    const refusedKey = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      listAuditEvents(tx, {
        tenantId: fixture.tenantA.id,
        filters: { action: "auth.key_refused" },
        limit: 10,
      }),
    );
    expect(refusedKey.events[0]).toMatchObject({ actorType: "api_key", actorId: key.id, outcome: "denied" });
    const actions = await auditActions(fixture.tenantA.id);
    expect(actions).toEqual(expect.arrayContaining(["api_key.create:success", "api_key.revoke:success"]));
  });

  it("never holds more than its creator: a viewer cannot mint broader scopes or a service key", async () => {
    const viewer = await sessionHeaders(testApp.app, fixture.users.viewer);
    const broader = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: viewer,
      payload: { name: "escalate", scopes: ["members:manage"] },
    });
    expect(broader.statusCode).toBe(403);
    expect(broader.json().detail).toMatch(/members:manage/);
    const refused = await testApp.app.inject({
      method: "PATCH",
      url: `/v1/members/${fixture.users.admin.id}`,
      headers: viewer,
      payload: { role: "viewer" },
    });
    expect(refused.statusCode).toBe(403);
    const denials = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      listAuditEvents(tx, { tenantId: fixture.tenantA.id, filters: { action: "access.denied" }, limit: 10 }),
    );
    expect(denials.events[0]).toMatchObject({
      actorId: fixture.users.viewer.id,
      outcome: "denied",
      target: "PATCH /v1/members/:userId",
      data: { needs: "members:manage" },
    });
    const service = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: viewer,
      payload: { name: "svc", kind: "service", scopes: ["members:read"] },
    });
    expect(service.statusCode).toBe(403);
  });

  it("refuses an expired key, a malformed header and an unknown scope", async () => {
    const headers = await sessionHeaders(testApp.app, fixture.users.admin);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers,
      payload: { name: "short-lived", scopes: ["members:read"] },
    });
    await testApp.database.withPlatform((tx) =>
      tx.execute(
        sql`update api_keys set expires_at = now() - interval '1 minute' where id = ${created.json().key.id}`,
      ),
    );
    const expired = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { authorization: `Bearer ${created.json().secret}` },
    });
    expect(expired.statusCode).toBe(401);
    const malformed = await testApp.app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { authorization: "Basic abc" },
    });
    expect(malformed.statusCode).toBe(401);
    const unknownScope = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers,
      payload: { name: "x", scopes: ["everything:please"] },
    });
    expect(unknownScope.statusCode).toBe(400);
  });
});

describe("tenants", () => {
  it("a platform administrator creates a tenant; others may not; slugs are unique and checked", async () => {
    await testApp.database.withPlatform((tx) =>
      tx.execute(sql`update users set is_platform_admin = true where id = ${fixture.users.otherAdmin.id}`),
    );
    const platform = await sessionHeaders(testApp.app, fixture.users.otherAdmin);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/tenants",
      headers: platform,
      payload: { slug: "initech", name: "Initech", adminEmail: fixture.users.creator.email },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ slug: "initech", adminUserId: fixture.users.creator.id });
    const duplicate = await testApp.app.inject({
      method: "POST",
      url: "/v1/tenants",
      headers: platform,
      payload: { slug: "initech", name: "Initech again" },
    });
    expect(duplicate.statusCode).toBe(409);
    const badSlug = await testApp.app.inject({
      method: "POST",
      url: "/v1/tenants",
      headers: platform,
      payload: { slug: "Not A Slug!", name: "x" },
    });
    expect(badSlug.statusCode).toBe(400);
    const notPlatform = await testApp.app.inject({
      method: "POST",
      url: "/v1/tenants",
      headers: await sessionHeaders(testApp.app, fixture.users.admin),
      payload: { slug: "nope", name: "Nope" },
    });
    expect(notPlatform.statusCode).toBe(403);
    expect(await auditActions(created.json().id)).toContain("tenant.create:success");
  });

  it("every change above left an intact audit chain", async () => {
    for (const tenantId of [fixture.tenantA.id, fixture.tenantB.id]) {
      const report = await verifyAuditChain(testApp.database, tenantId);
      expect(report.ok, JSON.stringify(report)).toBe(true);
    }
  });
});
