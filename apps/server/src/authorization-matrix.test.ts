import { createApiKey, permissionsOf } from "@penny/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityFixture,
  type FixtureUser,
  type IdentityFixture,
  sessionHeaders,
} from "./__fixtures__/identity-fixture.ts";
import { openTestApp, type TestApp } from "./__fixtures__/test-app.ts";
import type { Access } from "./plugins/access-control.ts";

/**
 * The authorization matrix, generated from the registered routes: every route × every kind of caller gets exactly
 * the outcome its access declaration allows. The table below is the specification; a route added without an entry
 * (or with a different declaration) fails the first test.
 */
const expectedAccess: Record<string, Access> = {
  "GET /": "public",
  "GET /assets/:file": "public",
  "GET /diagram-canvas": "public",
  "GET /*": "public",
  "GET /healthz": "public",
  "GET /readyz": "public",
  "GET /metrics": "public",
  "GET /v1/openapi.json": "public",
  "POST /v1/auth/login": "public",
  "POST /v1/auth/logout": "session",
  "GET /v1/me": "authenticated",
  "PATCH /v1/me": "session",
  "POST /v1/me/password": "session",
  "POST /v1/me/tenant": "session",
  "GET /v1/me/sessions": "session",
  "DELETE /v1/me/sessions/:sessionId": "session",
  "GET /v1/permissions": "authenticated",
  "GET /v1/members": "members:read",
  "PATCH /v1/members/:userId": "members:manage",
  "DELETE /v1/members/:userId": "members:manage",
  "GET /v1/api-keys": "api_keys:manage_own",
  "POST /v1/api-keys": "api_keys:manage_own",
  "DELETE /v1/api-keys/:keyId": "api_keys:manage_own",
  "POST /v1/tenants": "platform-admin",
  "GET /v1/audit": "audit:read",
  "GET /v1/audit/export": "audit:read",
  "GET /v1/audit/verify": "audit:read",
  "POST /v1/auth/mfa/verify": "mfa-pending",
  "POST /v1/auth/mfa/enrol": "session-or-mfa-pending",
  "POST /v1/auth/mfa/confirm": "session-or-mfa-pending",
  "GET /v1/me/mfa": "session",
  "POST /v1/me/mfa/disable": "session",
  "POST /v1/me/mfa/recovery-codes": "session",
  "GET /v1/policies/mfa": "policies:manage",
  "PUT /v1/policies/mfa": "policies:manage",
  "POST /v1/invites": "invites:manage",
  "GET /v1/invites": "invites:manage",
  "DELETE /v1/invites/:inviteId": "invites:manage",
  "POST /v1/invites/:inviteId/resend": "invites:manage",
  "GET /v1/invites/:token/preview": "public",
  "POST /v1/invites/:token/accept": "public",
  "GET /v1/identity-providers": "identity_providers:manage",
  "POST /v1/identity-providers": "identity_providers:manage",
  "PATCH /v1/identity-providers/:providerId": "identity_providers:manage",
  "DELETE /v1/identity-providers/:providerId": "identity_providers:manage",
  "GET /v1/auth/oidc/:tenantSlug/providers": "public",
  "GET /v1/auth/oidc/:tenantSlug/:providerId/start": "public",
  "GET /v1/auth/oidc/callback": "public",
  "POST /v1/auth/password-reset": "public",
  "POST /v1/auth/password-reset/:token": "public",
  "GET /v1/groups": "members:read",
  "GET /v1/groups/:groupId/members": "members:read",
  "POST /v1/groups": "groups:manage",
  "DELETE /v1/groups/:groupId": "groups:manage",
  "PUT /v1/groups/:groupId/members/:userId": "groups:manage",
  "DELETE /v1/groups/:groupId/members/:userId": "groups:manage",
  "POST /v1/conversations": "conversations:use",
  "GET /v1/conversations": "conversations:use",
  "GET /v1/conversations/:id": "conversations:use",
  "PATCH /v1/conversations/:id": "conversations:use",
  "DELETE /v1/conversations/:id": "conversations:use",
  "POST /v1/conversations/:id/restore": "conversations:use",
  "PUT /v1/conversations/:id/active": "conversations:use",
  "GET /v1/conversations/:id/compare": "conversations:use",
  "POST /v1/chat/:conversationId/messages": "conversations:use",
  "POST /v1/chat/:conversationId/messages/:messageId/regenerate": "conversations:use",
  "GET /v1/chat/:conversationId/stream": "conversations:use",
  "POST /v1/chat/:conversationId/stop": "conversations:use",
  "POST /v1/approvals/:id": "conversations:use",
  "GET /v1/ws": "conversations:use",
  "GET /v1/tools": "authenticated",
  "GET /v1/models": "conversations:use",
  "GET /v1/artifacts": "conversations:use",
  "POST /v1/artifacts": "artifacts:create",
  "GET /v1/artifacts/:id": "conversations:use",
  "GET /v1/artifacts/:id/versions": "conversations:use",
  "POST /v1/artifacts/:id/versions": "artifacts:create",
  "GET /v1/artifacts/:id/content": "conversations:use",
  "GET /v1/artifacts/:id/preview": "conversations:use",
  "POST /v1/artifacts/:id/content-url": "conversations:use",
  "GET /v1/artifact-content": "public",
  "GET /v1/artifacts/:id/render": "conversations:use",
  "GET /v1/artifacts/:id/shares": "conversations:use",
  "POST /v1/artifacts/:id/shares": "artifacts:create",
  "DELETE /v1/artifacts/:id/shares/:shareId": "artifacts:create",
  "GET /v1/shared/:token": "public",
  "GET /v1/dashboards": "dashboards:view",
  "GET /v1/dashboards/filter-options": "dashboards:view",
  "GET /v1/dashboards/:slug": "dashboards:view",
  "GET /v1/dashboards/:slug/widgets/:widgetId": "dashboards:view",
  "PUT /v1/dashboards/:slug/layout": "dashboards:view",
  "DELETE /v1/dashboards/:slug/layout": "dashboards:view",
  "GET /v1/models/providers": "models:manage",
  "POST /v1/models/providers": "models:manage",
  "PUT /v1/models/providers/:id": "models:manage",
  "DELETE /v1/models/providers/:id": "models:manage",
  "GET /v1/models/policy": "models:manage",
  "PUT /v1/models/policy": "models:manage",
  "GET /v1/integrations": "integrations:manage",
  "PUT /v1/integrations/:integrationId/connection": "integrations:manage",
  "POST /v1/integrations/:integrationId/test": "integrations:manage",
  "DELETE /v1/integrations/:integrationId/connection": "integrations:manage",
  "GET /v1/datasources": "datasources:manage",
  "POST /v1/datasources": "datasources:manage",
  "GET /v1/datasources/:id": "datasources:manage",
  "PATCH /v1/datasources/:id": "datasources:manage",
  "DELETE /v1/datasources/:id": "datasources:manage",
  "POST /v1/datasources/:id/test": "datasources:manage",
  "GET /v1/datasources/:id/schema": "datasources:manage",
  "POST /v1/datasources/:id/query": "datasources:manage",
  "GET /v1/jobs/:id": "conversations:use",
  "GET /v1/jobs/:id/events": "conversations:use",
  "DELETE /v1/jobs/:id": "conversations:use",
  "POST /v1/files": "knowledge:upload",
  "GET /v1/files": "knowledge:read",
  "GET /v1/files/:id": "knowledge:read",
  "GET /v1/files/:id/content": "knowledge:read",
  "PUT /v1/files/:id/content": "knowledge:upload",
  "POST /v1/files/:id/reingest": "knowledge:upload",
  "DELETE /v1/files/:id": "knowledge:upload",
  "GET /v1/collections": "knowledge:read",
  "POST /v1/collections": "knowledge:manage",
  "PATCH /v1/collections/:id": "knowledge:manage",
  "DELETE /v1/collections/:id": "knowledge:manage",
  "POST /v1/conversations/:id/exports": "conversations:use",
  "POST /v1/artifacts/:id/exports": "conversations:use",
  "GET /v1/exports/:jobId/download": "conversations:use",
  "GET /v1/memories": "conversations:use",
  "POST /v1/memories": "conversations:use",
  "DELETE /v1/memories/:id": "conversations:use",
  "DELETE /v1/memories": "conversations:use",
  "GET /v1/presets": "conversations:use",
  "POST /v1/presets": "conversations:use",
  "PATCH /v1/presets/:id": "conversations:use",
  "DELETE /v1/presets/:id": "conversations:use",
  "GET /v1/prompts/system": "conversations:use",
  "PUT /v1/prompts/system": "policies:manage",
  "GET /v1/prompts/templates": "conversations:use",
  "POST /v1/prompts/templates": "policies:manage",
  "GET /v1/prompts/templates/:id": "conversations:use",
  "PATCH /v1/prompts/templates/:id": "policies:manage",
  "DELETE /v1/prompts/templates/:id": "policies:manage",
  "POST /v1/prompts/templates/:id/render": "conversations:use",
  "GET /v1/theme": "authenticated",
  "GET /v1/theme/logo": "authenticated",
  "GET /v1/tenants/:tenantSlug/logo": "public",
  "PUT /v1/admin/theme": "tenant:manage",
  "DELETE /v1/admin/theme": "tenant:manage",
  "PUT /v1/admin/theme/logo": "tenant:manage",
  "DELETE /v1/admin/theme/logo": "tenant:manage",
  "GET /v1/privacy/policy": "conversations:use",
  "PUT /v1/privacy/policy": "policies:manage",
  "POST /v1/tools/:name/invoke": "authenticated",
  "GET /v1/grants": "grants:manage",
  "PUT /v1/grants": "grants:manage",
  "DELETE /v1/grants/:grantId": "grants:manage",
  "GET /v1/scim-tokens": "members:manage",
  "POST /v1/scim-tokens": "members:manage",
  "DELETE /v1/scim-tokens/:tokenId": "members:manage",
  "GET /scim/v2/ServiceProviderConfig": "scim",
  "GET /scim/v2/ResourceTypes": "scim",
  "GET /scim/v2/ResourceTypes/:id": "scim",
  "GET /scim/v2/Schemas": "scim",
  "GET /scim/v2/Schemas/:id": "scim",
  "GET /scim/v2/Users": "scim",
  "GET /scim/v2/Users/:id": "scim",
  "POST /scim/v2/Users": "scim",
  "PUT /scim/v2/Users/:id": "scim",
  "PATCH /scim/v2/Users/:id": "scim",
  "DELETE /scim/v2/Users/:id": "scim",
  "GET /scim/v2/Groups": "scim",
  "GET /scim/v2/Groups/:id": "scim",
  "POST /scim/v2/Groups": "scim",
  "PUT /scim/v2/Groups/:id": "scim",
  "PATCH /scim/v2/Groups/:id": "scim",
  "DELETE /scim/v2/Groups/:id": "scim",
};

type CallerName =
  | "anonymous"
  | "viewer"
  | "creator"
  | "manager"
  | "admin"
  | "otherAdmin"
  | "platformAdmin"
  | "serviceKey";

interface Caller {
  name: CallerName;
  headers: () => Promise<Record<string, string>>;
  via: "none" | "session" | "api_key";
  permissions: Set<string>;
  platformAdmin: boolean;
}

let testApp: TestApp;
let fixture: IdentityFixture;
let callers: Caller[];

beforeAll(async () => {
  testApp = await openTestApp();
  await testApp.app.ready();
  fixture = await createIdentityFixture(testApp.database, "matrix");
  const session = (user: FixtureUser, platformAdmin = false): Omit<Caller, "name"> => ({
    headers: () => sessionHeaders(testApp.app, user),
    via: "session",
    permissions: new Set(permissionsOf(user.role)),
    platformAdmin,
  });
  const serviceScopes = ["members:read", "api_keys:manage_own"] as const;
  const service = await createApiKey(testApp.database, {
    tenantId: fixture.tenantA.id,
    creatorId: fixture.users.admin.id,
    creatorPermissions: permissionsOf("admin"),
    kind: "service",
    name: "matrix automation",
    scopes: [...serviceScopes],
  });
  callers = [
    {
      name: "anonymous",
      headers: async () => ({}),
      via: "none",
      permissions: new Set(),
      platformAdmin: false,
    },
    { name: "viewer", ...session(fixture.users.viewer) },
    { name: "creator", ...session(fixture.users.creator) },
    { name: "manager", ...session(fixture.users.manager) },
    { name: "admin", ...session(fixture.users.admin) },
    { name: "otherAdmin", ...session(fixture.users.otherAdmin) },
    { name: "platformAdmin", ...session(fixture.users.platformAdmin, true) },
    {
      name: "serviceKey",
      headers: async () => ({ authorization: `Bearer ${service.secret}` }),
      via: "api_key",
      permissions: new Set(serviceScopes),
      platformAdmin: false,
    },
  ];
});
afterAll(() => testApp?.dispose());

/** 401 for no caller, 403 for a caller without the right, otherwise the request passes the gate. */
function expectedOutcome(access: Access, caller: Caller): 401 | 403 | "pass" {
  if (access === "public") return "pass";
  // None of these callers has a session still owing a second factor (the MFA flow test covers that one).
  if (caller.via === "none" || access === "mfa-pending") return 401;
  if (access === "authenticated") return "pass";
  if (access === "session" || access === "session-or-mfa-pending")
    return caller.via === "session" ? "pass" : 403;
  if (access === "platform-admin") return caller.platformAdmin ? "pass" : 403;
  // Only the tenant's SCIM token passes; none of these callers holds one (the SCIM tests cover it).
  if (access === "scim") return 403;
  return caller.permissions.has(access) ? "pass" : 403;
}

describe("authorization matrix", () => {
  it("every registered route has exactly the declared access", () => {
    const registered = Object.fromEntries(
      testApp.app.routeAccess.map((route) => [`${route.method} ${route.url}`, route.access]),
    );
    expect(registered).toEqual(expectedAccess);
  });

  const cases = Object.entries(expectedAccess).flatMap(([route, access]) =>
    (
      [
        "anonymous",
        "viewer",
        "creator",
        "manager",
        "admin",
        "otherAdmin",
        "platformAdmin",
        "serviceKey",
      ] as const
    ).map((caller) => ({ route, access, caller })),
  );

  it.each(cases)("$route as $caller", async ({ route, access, caller: callerName }) => {
    const caller = callers.find((candidate) => candidate.name === callerName) as Caller;
    const [method, pattern] = route.split(" ") as [string, string];
    // Random ids and empty bodies: a request that passes the gate then fails validation or finds nothing, so the
    // matrix never changes real data.
    const url = pattern.replace(/:\w+/g, () => crypto.randomUUID());
    const response = await testApp.app.inject({
      method: method as "GET",
      url,
      headers: await caller.headers(),
      ...(method === "POST" || method === "PATCH" || method === "PUT" ? { payload: {} } : {}),
    });
    expect(response.statusCode, response.body).toBeLessThan(500);
    const outcome = expectedOutcome(access, caller);
    if (outcome === "pass") {
      expect([401, 403], `${route} as ${callerName}: ${response.body}`).not.toContain(response.statusCode);
    } else {
      expect(response.statusCode, response.body).toBe(outcome);
      expect(response.headers["content-type"]).toMatch(
        access === "scim" ? /application\/scim\+json/ : /application\/problem\+json/,
      );
    }
  });
});
