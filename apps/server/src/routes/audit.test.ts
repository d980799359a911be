import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let testApp: TestApp;
let fixture: IdentityFixture;
let admin: Record<string, string>;

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "audit");
  admin = await sessionHeaders(testApp.app, fixture.users.admin);
  // Three audited changes: two keys created, one revoked.
  for (const name of ["first", "second"]) {
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: admin,
      payload: { name, scopes: ["members:read"] },
    });
    expect(created.statusCode, created.body).toBe(201);
    if (name === "second") {
      await testApp.app.inject({
        method: "DELETE",
        url: `/v1/api-keys/${created.json().key.id}`,
        headers: admin,
      });
    }
  }
});
afterAll(() => testApp?.dispose());

describe("audit API", () => {
  it("lists events newest first, filtered, a page at a time", async () => {
    const all = await testApp.app.inject({ method: "GET", url: "/v1/audit?limit=2", headers: admin });
    expect(all.statusCode, all.body).toBe(200);
    const page = all.json();
    expect(page.events.map((event: { action: string }) => event.action)).toEqual([
      "api_key.revoke",
      "api_key.create",
    ]);
    expect(page.events[0].seq).toBeGreaterThan(page.events[1].seq);
    const next = await testApp.app.inject({
      method: "GET",
      url: `/v1/audit?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`,
      headers: admin,
    });
    expect(next.json().events.map((event: { action: string }) => event.action)).toEqual(["api_key.create"]);
    expect(next.json().nextCursor).toBeNull();
    const filtered = await testApp.app.inject({
      method: "GET",
      url: "/v1/audit?action=api_key.revoke",
      headers: admin,
    });
    expect(filtered.json().events).toHaveLength(1);
    expect(filtered.json().events[0]).toMatchObject({
      actorType: "user",
      actorId: fixture.users.admin.id,
      outcome: "success",
    });
    const bad = await testApp.app.inject({ method: "GET", url: "/v1/audit?limit=0", headers: admin });
    expect(bad.statusCode).toBe(400);
  });

  it("exports JSON Lines oldest first and verifies the chain", async () => {
    const exported = await testApp.app.inject({ method: "GET", url: "/v1/audit/export", headers: admin });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toMatch(/application\/x-ndjson/);
    const lines = exported.body
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(lines[1].prevHash).toBe(lines[0].hash);
    const verified = await testApp.app.inject({ method: "GET", url: "/v1/audit/verify", headers: admin });
    expect(verified.json()).toMatchObject({ ok: true, count: 3 });
  });

  it("reports the exact event after a row is altered in the database", async () => {
    await testApp.database.withSession((db) =>
      db.execute(
        sql`update audit_events set data = '{"kind":"forged"}' where tenant_id = ${fixture.tenantA.id} and seq = 2`,
      ),
    );
    const verified = await testApp.app.inject({ method: "GET", url: "/v1/audit/verify", headers: admin });
    expect(verified.json()).toMatchObject({ ok: false, count: 1, broken: { seq: 2 } });
    expect(verified.json().broken.reason).toMatch(/hash/);
  });

  it("shows a tenant only its own events", async () => {
    const other = await testApp.app.inject({
      method: "GET",
      url: "/v1/audit",
      headers: await sessionHeaders(testApp.app, fixture.users.otherAdmin),
    });
    expect(other.json().events).toEqual([]);
  });
});
