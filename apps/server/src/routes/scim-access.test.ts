import { verifyAuditChain } from "@penny/audit";
import { createApiKey, permissionsOf } from "@penny/auth";
import { schema } from "@penny/db";
import { asc, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { issueScimToken, type ScimMethod, scimRequest } from "../__fixtures__/scim-test-client.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

let testApp: TestApp;
let fixture: IdentityFixture;
let admin: Record<string, string>;
let tokenA: string;

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "scima");
  admin = await sessionHeaders(testApp.app, fixture.users.admin);
  tokenA = await issueScimToken(testApp.app, admin, "Entra ID");
});
afterAll(() => testApp?.dispose());

const scim = (method: ScimMethod, url: string, body?: unknown, token = tokenA) =>
  scimRequest(testApp.app, token, method, url, body);

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

describe("SCIM tokens", () => {
  it("are created, listed and revoked by admins only, and stop working when revoked", async () => {
    const manager = await sessionHeaders(testApp.app, fixture.users.manager);
    const refused = await testApp.app.inject({
      method: "POST",
      url: "/v1/scim-tokens",
      headers: manager,
      payload: { name: "nope" },
    });
    expect(refused.statusCode).toBe(403);

    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/scim-tokens",
      headers: admin,
      payload: { name: "short-lived", expiresInDays: 30 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { token, secret } = created.json();
    expect(secret).toMatch(/^pnk_/);
    expect(token).toMatchObject({ name: "short-lived", prefix: secret.slice(0, 10), revokedAt: null });
    expect((await scim("GET", "/ServiceProviderConfig", undefined, secret)).statusCode).toBe(200);

    const listed = await testApp.app.inject({ method: "GET", url: "/v1/scim-tokens", headers: admin });
    expect(listed.json().tokens.map((entry: { name: string }) => entry.name)).toEqual([
      "short-lived",
      "Entra ID",
    ]);
    expect(listed.body).not.toContain(secret);
    // SCIM tokens are not personal or service keys: the API keys list leaves them out.
    const keys = await testApp.app.inject({ method: "GET", url: "/v1/api-keys", headers: admin });
    expect(keys.json().keys).toEqual([]);

    const revoked = await testApp.app.inject({
      method: "DELETE",
      url: `/v1/scim-tokens/${token.id}`,
      headers: admin,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await scim("GET", "/Users", undefined, secret);
    expectScimError(after, 401);
    expect(after.headers["www-authenticate"]).toMatch(/^Bearer/);
  });

  it("work only on /scim/v2, and nothing else works there", async () => {
    for (const url of ["/v1/me", "/v1/members", "/v1/permissions", "/v1/scim-tokens"]) {
      const response = await testApp.app.inject({
        method: "GET",
        url,
        headers: { authorization: `Bearer ${tokenA}` },
      });
      expect(response.statusCode, url).toBe(403);
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
    expectScimError(await testApp.app.inject({ method: "GET", url: "/scim/v2/Users", headers: admin }), 403);
    expectScimError(await testApp.app.inject({ method: "GET", url: "/scim/v2/Users" }), 401);
    const service = await createApiKey(testApp.database, {
      tenantId: fixture.tenantA.id,
      creatorId: fixture.users.admin.id,
      creatorPermissions: permissionsOf("admin"),
      kind: "service",
      name: "automation",
      scopes: ["members:manage", "members:read"],
    });
    expectScimError(await scim("GET", "/Users", undefined, service.secret), 403);
  });

  it("is refused on every registered route outside /scim/v2 that is not public", async () => {
    for (const route of testApp.app.routeAccess) {
      if (route.access === "public" || route.access === "scim") continue;
      const response = await testApp.app.inject({
        method: route.method as "GET",
        url: route.url.replace(/:\w+/g, () => crypto.randomUUID()),
        headers: { authorization: `Bearer ${tokenA}` },
        ...(["POST", "PUT", "PATCH"].includes(route.method) ? { payload: {} } : {}),
      });
      expect([401, 403], `${route.method} ${route.url}`).toContain(response.statusCode);
    }
  });
});

describe("SCIM discovery", () => {
  it("describes the service, its resource types and schemas", async () => {
    const config = await scim("GET", "/ServiceProviderConfig");
    expect(config.headers["content-type"]).toBe("application/scim+json; charset=utf-8");
    expect(config.json()).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 200 },
      authenticationSchemes: [{ type: "oauthbearertoken" }],
      meta: { location: "http://localhost:8080/scim/v2/ServiceProviderConfig" },
    });
    const types = (await scim("GET", "/ResourceTypes")).json();
    expect(types.Resources.map((type: { endpoint: string }) => type.endpoint)).toEqual(["/Users", "/Groups"]);
    expect((await scim("GET", "/ResourceTypes/Group")).json()).toMatchObject({
      schema: expect.stringContaining("Group"),
    });
    const schemas = (await scim("GET", "/Schemas")).json();
    expect(schemas.totalResults).toBe(3);
    const user = await scim("GET", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User");
    expect(user.json().attributes.map((attribute: { name: string }) => attribute.name)).toContain("userName");
    expectScimError(await scim("GET", "/Schemas/urn:nothing"), 404);
    expectScimError(await scim("GET", "/NoSuchEndpoint"), 404);
  });
});

describe("SCIM token audit", () => {
  it("records the creation and revocation of tokens by the admin who did it", async () => {
    const events = await testApp.database.withPlatform((tx) =>
      tx
        .select()
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.tenantId, fixture.tenantA.id))
        .orderBy(asc(schema.auditEvents.seq)),
    );
    const tokenEvents = events.filter((event) => event.action.startsWith("scim_token."));
    expect(tokenEvents.map((event) => event.action)).toEqual([
      "scim_token.create",
      "scim_token.create",
      "scim_token.revoke",
    ]);
    for (const event of tokenEvents) {
      expect(event).toMatchObject({
        actorType: "user",
        actorId: fixture.users.admin.id,
        data: { kind: "scim" },
      });
    }
    expect(await verifyAuditChain(testApp.database, fixture.tenantA.id)).toMatchObject({ ok: true });
  });
});
