import { verifyAuditChain } from "@penny/audit";
import { createApiKey, PENNY_USER_EXTENSION, permissionsOf } from "@penny/auth";
import { schema } from "@penny/db";
import { and, asc, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { issueScimToken, patchOp, type ScimMethod, scimRequest } from "../__fixtures__/scim-test-client.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let testApp: TestApp;
let fixture: IdentityFixture;
let admin: Record<string, string>;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "scimu");
  admin = await sessionHeaders(testApp.app, fixture.users.admin);
  tokenA = await issueScimToken(testApp.app, admin, "Entra ID");
  tokenB = await issueScimToken(
    testApp.app,
    await sessionHeaders(testApp.app, fixture.users.otherAdmin),
    "Okta",
  );
});
afterAll(() => testApp?.dispose());

const scim = (method: ScimMethod, url: string, body?: unknown, token = tokenA) =>
  scimRequest(testApp.app, token, method, url, body);

function newUser(userName: string, extra: Record<string, unknown> = {}) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName,
    name: { givenName: "Grace", familyName: "Hopper" },
    emails: [{ value: userName, type: "work", primary: true }],
    active: true,
    ...extra,
  };
}

async function provision(userName: string, extra: Record<string, unknown> = {}) {
  const response = await scim("POST", "/Users", newUser(userName, extra));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

function expectScimError(response: LightMyRequestResponse, status: number, scimType?: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toBe("application/scim+json; charset=utf-8");
  expect(response.json()).toEqual({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
    status: String(status),
    ...(scimType ? { scimType } : {}),
    detail: expect.any(String),
  });
}

const list = async (query: string, token = tokenA) => {
  const response = await scim(
    "GET",
    `/Users?${new URLSearchParams(query ? { filter: query } : {})}`,
    undefined,
    token,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("SCIM Users", () => {
  it("provisions a person with a role, and refuses to provision a member twice", async () => {
    const response = await scim(
      "POST",
      "/Users",
      newUser("grace@example.com", {
        externalId: "entra-grace",
        [PENNY_USER_EXTENSION]: { role: "Creator" },
        title: "Rear Admiral",
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers["content-type"]).toBe("application/scim+json; charset=utf-8");
    const user = response.json();
    expect(user).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", PENNY_USER_EXTENSION],
      id: expect.any(String),
      externalId: "entra-grace",
      userName: "grace@example.com",
      displayName: "Grace Hopper",
      name: { formatted: "Grace Hopper" },
      emails: [{ value: "grace@example.com", type: "work", primary: true }],
      active: true,
      [PENNY_USER_EXTENSION]: { role: "creator" },
      meta: {
        resourceType: "User",
        created: expect.any(String),
        lastModified: expect.any(String),
        location: `http://localhost:8080/scim/v2/Users/${user.id}`,
      },
    });
    expect(response.headers.location).toBe(user.meta.location);
    expect((await scim("GET", `/Users/${user.id}`)).json()).toEqual(user);

    const members = await testApp.app.inject({ method: "GET", url: "/v1/members", headers: admin });
    expect(members.json().members).toContainEqual(
      expect.objectContaining({
        userId: user.id,
        email: "grace@example.com",
        role: "creator",
        status: "active",
      }),
    );

    expectScimError(await scim("POST", "/Users", newUser("GRACE@example.com")), 409, "uniqueness");
    expectScimError(await scim("POST", "/Users", newUser("viewer@scimu.test")), 409, "uniqueness");
    const plain = await provision("plain@example.com", { name: undefined, emails: undefined });
    expect(plain).toMatchObject({ displayName: "plain", [PENNY_USER_EXTENSION]: { role: "viewer" } });
  });

  it("links the existing account of an address without touching its profile", async () => {
    const linked = await provision(fixture.users.otherAdmin.email, { displayName: "Someone Else" });
    expect(linked).toMatchObject({ id: fixture.users.otherAdmin.id, displayName: "otherAdmin person" });
    // The account is also a member of tenant B: this directory may not rename it or move its address.
    const renamed = await scim(
      "PATCH",
      `/Users/${linked.id}`,
      patchOp({ op: "replace", path: "displayName", value: "Renamed" }),
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().displayName).toBe("otherAdmin person");
    expectScimError(
      await scim(
        "PATCH",
        `/Users/${linked.id}`,
        patchOp({ op: "replace", path: "userName", value: "x@evil.test" }),
      ),
      400,
      "mutability",
    );
    const [account] = await testApp.database.withPlatform((tx) =>
      tx.select().from(schema.users).where(eq(schema.users.id, linked.id)),
    );
    expect(account).toMatchObject({ email: fixture.users.otherAdmin.email, name: "otherAdmin person" });
  });

  it("filters by userName, externalId, emails and active, and refuses filters it cannot read", async () => {
    await provision("filter-one@example.com", { externalId: "F-1" });
    const two = await provision("filter-two@example.com", { externalId: "f-1", active: false });
    const names = (body: { Resources: { userName: string }[] }) =>
      body.Resources.map((user) => user.userName);

    expect(names(await list('userName eq "FILTER-ONE@example.com"'))).toEqual(["filter-one@example.com"]);
    expect(names(await list('externalId eq "f-1"'))).toEqual(["filter-two@example.com"]);
    expect(names(await list('emails.value eq "filter-two@example.com"'))).toEqual(["filter-two@example.com"]);
    expect(names(await list('emails[type eq "work" and value sw "filter-"]'))).toEqual([
      "filter-one@example.com",
      "filter-two@example.com",
    ]);
    expect(names(await list('userName sw "filter-" and active eq false'))).toEqual([
      "filter-two@example.com",
    ]);
    expect(names(await list('userName sw "filter-" and not (active eq false)'))).toEqual([
      "filter-one@example.com",
    ]);
    expect(names(await list(`id eq "${two.id}" or userName eq "nobody@example.com"`))).toEqual([
      "filter-two@example.com",
    ]);
    expect((await list('id eq "not-a-uuid"')).totalResults).toBe(0);
    // An unset externalId is not "x", so `not` must match it (SQL would call the comparison unknown).
    expect(names(await list('userName eq "plain@example.com" and not (externalId eq "x")'))).toEqual([
      "plain@example.com",
    ]);
    expect(
      names(await list('userName sw "filter-" and meta.created gt "2000-01-01T00:00:00Z"')),
    ).toHaveLength(2);
    expect((await list('meta.lastModified lt "2000-01-01T00:00:00Z"')).totalResults).toBe(0);
    expect(
      names(await list(`userName sw "filter-" and ${PENNY_USER_EXTENSION}:role eq "viewer"`)),
    ).toHaveLength(2);
    expect((await list('userName sw "filter-" and displayName ne "Grace Hopper"')).totalResults).toBe(0);
    expect((await list('userName co "%"')).totalResults).toBe(0);

    expectScimError(await scim("GET", "/Users?filter=userName%20eq"), 400, "invalidFilter");
    expectScimError(
      await scim("GET", `/Users?filter=${encodeURIComponent('userName eq "a" )')}`),
      400,
      "invalidFilter",
    );
    expectScimError(
      await scim("GET", `/Users?filter=${encodeURIComponent('password eq "x"')}`),
      400,
      "invalidFilter",
    );
    expectScimError(
      await scim("GET", `/Users?filter=${encodeURIComponent('active co "t"')}`),
      400,
      "invalidFilter",
    );
  });

  it("pages with startIndex and count, reporting totalResults", async () => {
    for (const index of [1, 2, 3, 4, 5]) await provision(`page-${index}@example.com`);
    const filter = encodeURIComponent('userName sw "page-"');
    const page = async (query: string) => (await scim("GET", `/Users?filter=${filter}&${query}`)).json();

    const first = await page("startIndex=1&count=2");
    expect(first).toMatchObject({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
      totalResults: 5,
      startIndex: 1,
      itemsPerPage: 2,
    });
    expect(first.Resources.map((user: { userName: string }) => user.userName)).toEqual([
      "page-1@example.com",
      "page-2@example.com",
    ]);
    const last = await page("startIndex=5&count=2");
    expect(last).toMatchObject({ totalResults: 5, startIndex: 5, itemsPerPage: 1 });
    expect(await page("count=0")).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    expect(await page("startIndex=0&count=-3")).toMatchObject({ startIndex: 1, itemsPerPage: 0 });
    expect(await page("startIndex=9")).toMatchObject({ totalResults: 5, itemsPerPage: 0 });
    expectScimError(await scim("GET", "/Users?count=many"), 400, "invalidValue");
  });

  it("patches names, address, externalId and role the way directories send them, and replaces with PUT", async () => {
    const user = await provision("ada@example.com", { name: { formatted: "Ada Lovelace" } });
    const patched = await scim(
      "PATCH",
      `/Users/${user.id}`,
      patchOp(
        { op: "Replace", path: "name.givenName", value: "Augusta" },
        { op: "Add", path: "externalId", value: "entra-ada" },
        { op: "replace", path: 'emails[type eq "work"].value', value: "augusta@example.com" },
        { op: "replace", value: { [`${PENNY_USER_EXTENSION}:role`]: "manager" } },
      ),
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      userName: "augusta@example.com",
      displayName: "Augusta Lovelace",
      externalId: "entra-ada",
      emails: [{ value: "augusta@example.com" }],
      [PENNY_USER_EXTENSION]: { role: "manager" },
    });
    const removed = await scim("PATCH", `/Users/${user.id}`, patchOp({ op: "remove", path: "externalId" }));
    expect(removed.json().externalId).toBeUndefined();

    const replaced = await scim("PUT", `/Users/${user.id}`, {
      userName: "ada.king@example.com",
      displayName: "Ada King",
      externalId: "entra-ada-2",
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    // PUT without active or role keeps them: omission never suspends or demotes.
    expect(replaced.json()).toMatchObject({
      userName: "ada.king@example.com",
      displayName: "Ada King",
      externalId: "entra-ada-2",
      active: true,
      [PENNY_USER_EXTENSION]: { role: "manager" },
    });

    expectScimError(
      await scim("PUT", `/Users/${user.id}`, { userName: "grace@example.com" }),
      409,
      "uniqueness",
    );
    expectScimError(
      await scim("PUT", `/Users/${user.id}`, { userName: "not an address" }),
      400,
      "invalidValue",
    );
    expectScimError(
      await scim("PATCH", `/Users/${user.id}`, patchOp({ op: "replace", path: "userName", value: "nope" })),
      400,
      "invalidValue",
    );
  });

  it("deactivation suspends the membership and ends the person's sessions and keys here", async () => {
    const user = await provision("leaver@example.com");
    const person = {
      id: user.id,
      email: "leaver@example.com",
      role: "viewer" as const,
      tenantId: fixture.tenantA.id,
    };
    const session = await sessionHeaders(testApp.app, person);
    const key = await createApiKey(testApp.database, {
      tenantId: fixture.tenantA.id,
      creatorId: user.id,
      creatorPermissions: permissionsOf("viewer"),
      kind: "personal",
      name: "laptop",
      scopes: ["members:read"],
    });
    const bearer = { authorization: `Bearer ${key.secret}` };
    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: session })).statusCode).toBe(
      200,
    );
    expect(
      (await testApp.app.inject({ method: "GET", url: "/v1/members", headers: bearer })).statusCode,
    ).toBe(200);

    // Entra ID sends booleans as strings in PATCH.
    const deactivated = await scim(
      "PATCH",
      `/Users/${user.id}`,
      patchOp({ op: "Replace", path: "active", value: "False" }),
    );
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect(deactivated.json().active).toBe(false);

    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: session })).statusCode).toBe(
      401,
    );
    expect(
      (await testApp.app.inject({ method: "GET", url: "/v1/members", headers: bearer })).statusCode,
    ).toBe(401);
    const [storedKey] = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      tx.select().from(schema.apiKeys).where(eq(schema.apiKeys.id, key.key.id)),
    );
    expect(storedKey?.revokedAt).toBeInstanceOf(Date);
    const members = await testApp.app.inject({ method: "GET", url: "/v1/members", headers: admin });
    expect(members.json().members).toContainEqual(
      expect.objectContaining({ userId: user.id, status: "suspended" }),
    );

    const reactivated = await scim(
      "PATCH",
      `/Users/${user.id}`,
      patchOp({ op: "replace", value: { active: true } }),
    );
    expect(reactivated.json().active).toBe(true);
    // Coming back does not revive what deprovisioning ended.
    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: session })).statusCode).toBe(
      401,
    );
  });

  it("deletes the membership, and never leaves the tenant without an active admin", async () => {
    const user = await provision("gone@example.com");
    const session = await sessionHeaders(testApp.app, {
      id: user.id,
      email: "gone@example.com",
      role: "viewer",
      tenantId: fixture.tenantA.id,
    });
    expect((await scim("DELETE", `/Users/${user.id}`)).statusCode).toBe(204);
    expectScimError(await scim("GET", `/Users/${user.id}`), 404);
    expectScimError(await scim("DELETE", `/Users/${user.id}`), 404);
    expect((await testApp.app.inject({ method: "GET", url: "/v1/me", headers: session })).statusCode).toBe(
      401,
    );

    const adminId = fixture.users.admin.id;
    expectScimError(
      await scim("PATCH", `/Users/${adminId}`, patchOp({ op: "replace", path: "active", value: false })),
      409,
    );
    expectScimError(
      await scim(
        "PATCH",
        `/Users/${adminId}`,
        patchOp({ op: "replace", path: `${PENNY_USER_EXTENSION}:role`, value: "viewer" }),
      ),
      409,
    );
    expectScimError(await scim("DELETE", `/Users/${adminId}`), 409);
    expect((await scim("GET", `/Users/${adminId}`)).json()).toMatchObject({ active: true });
  });

  it("keeps each tenant's directory to its own tenant", async () => {
    const viewerId = fixture.users.viewer.id;
    expect(await list(`userName eq "${fixture.users.viewer.email}"`, tokenB)).toMatchObject({
      totalResults: 0,
    });
    const everyone = await list("", tokenB);
    expect(everyone.Resources.map((user: { id: string }) => user.id)).toEqual([fixture.users.otherAdmin.id]);
    expectScimError(await scim("GET", `/Users/${viewerId}`, undefined, tokenB), 404);
    expectScimError(await scim("PUT", `/Users/${viewerId}`, newUser("taken@example.com"), tokenB), 404);
    expectScimError(
      await scim(
        "PATCH",
        `/Users/${viewerId}`,
        patchOp({ op: "replace", path: "active", value: false }),
        tokenB,
      ),
      404,
    );
    expectScimError(await scim("DELETE", `/Users/${viewerId}`, undefined, tokenB), 404);
    expect((await scim("GET", `/Users/${viewerId}`)).json()).toMatchObject({ active: true });
  });

  it("answers malformed requests with SCIM errors, never 500", async () => {
    const id = fixture.users.viewer.id;
    expectScimError(
      await scim("PATCH", `/Users/${id}`, { Operations: [{ op: "replace", value: {} }] }),
      400,
      "invalidValue",
    );
    expectScimError(
      await scim("PATCH", `/Users/${id}`, patchOp({ op: "move", path: "active" })),
      400,
      "invalidValue",
    );
    expectScimError(await scim("PATCH", `/Users/${id}`, patchOp()), 400, "invalidValue");
    expectScimError(await scim("PATCH", `/Users/${id}`, patchOp({ op: "remove" })), 400, "noTarget");
    expectScimError(
      await scim("PATCH", `/Users/${id}`, patchOp({ op: "replace", path: "emails[type eq]", value: "x" })),
      400,
      "invalidFilter",
    );
    expectScimError(
      await scim("PATCH", `/Users/${id}`, patchOp({ op: "replace", path: "a..b", value: "x" })),
      400,
      "invalidPath",
    );
    expectScimError(
      await scim("PATCH", `/Users/${id}`, patchOp({ op: "replace", path: "active" })),
      400,
      "invalidSyntax",
    );
    expectScimError(
      await scim("PATCH", `/Users/${id}`, patchOp({ op: "replace", path: "active", value: "maybe" })),
      400,
      "invalidValue",
    );
    expectScimError(await scim("GET", "/Users/not-a-uuid"), 404);
    expectScimError(
      await scim("PATCH", "/Users/not-a-uuid", patchOp({ op: "replace", path: "active", value: true })),
      404,
    );
    const malformed = await testApp.app.inject({
      method: "POST",
      url: "/scim/v2/Users",
      headers: { authorization: `Bearer ${tokenA}`, "content-type": "application/scim+json; charset=utf-8" },
      payload: '{"userName": ',
    });
    expectScimError(malformed, 400, "invalidSyntax");
  });

  it("records every change in the tenant's audit chain, with the SCIM token as actor", async () => {
    const events = await testApp.database.withPlatform((tx) =>
      tx
        .select()
        .from(schema.auditEvents)
        .where(and(eq(schema.auditEvents.tenantId, fixture.tenantA.id)))
        .orderBy(asc(schema.auditEvents.seq)),
    );
    const actions = new Set(events.map((event) => event.action));
    for (const action of [
      "scim_token.create",
      "scim.user.create",
      "scim.user.update",
      "scim.user.deactivate",
      "scim.user.delete",
    ]) {
      expect(actions, action).toContain(action);
    }
    const scimEvents = events.filter((event) => event.action.startsWith("scim."));
    expect(new Set(scimEvents.map((event) => `${event.actorType}:${event.actorId}`)).size).toBe(1);
    expect(scimEvents[0]).toMatchObject({ actorType: "api_key", target: expect.stringMatching(/^user:/) });
    expect(events.find((event) => event.action === "scim.user.deactivate")?.data).toMatchObject({
      changed: ["active"],
      active: false,
    });
    expect(await verifyAuditChain(testApp.database, fixture.tenantA.id)).toMatchObject({ ok: true });
  });
});
