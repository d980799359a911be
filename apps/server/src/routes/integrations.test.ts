import { schema } from "@penny/db";
import { type JiraTestDouble, startJiraTestDouble } from "@penny/integrations/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createIdentityFixture,
  type IdentityFixture,
  sessionHeaders,
} from "../__fixtures__/identity-fixture.ts";
import { captureLogs } from "../__fixtures__/log-capture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

const logs = captureLogs();
let testApp: TestApp;
let fixture: IdentityFixture;
let jira: JiraTestDouble;
const bodies: string[] = [];

beforeAll(async () => {
  jira = await startJiraTestDouble({ apiToken: "ATATT-route-secret-7f3a" });
  testApp = await openTestApp({ logger: logs.logger });
  fixture = await createIdentityFixture(testApp.database, "integ");
  await testApp.app.ready();
});
afterAll(async () => {
  await testApp?.dispose();
  await jira?.close();
});

async function as(
  who: "admin" | "viewer" | "otherAdmin",
  method: "GET" | "PUT" | "POST" | "DELETE",
  url: string,
  payload?: object,
) {
  const response = await testApp.app.inject({
    method,
    url,
    headers: await sessionHeaders(testApp.app, fixture.users[who]),
    ...(payload === undefined ? {} : { payload }),
  });
  bodies.push(response.body);
  return response;
}

const jiraSettings = (apiToken: string) => ({
  config: { siteUrl: jira.url, email: jira.email, allowPrivateNetwork: true },
  credentials: { apiToken },
});

describe("/v1/integrations", () => {
  it("lists Jira, connects, tests, rotates and disconnects; the token never leaves", async () => {
    const listed = await as("admin", "GET", "/v1/integrations");
    expect(listed.statusCode).toBe(200);
    const [entry] = listed.json().integrations;
    expect(entry).toMatchObject({
      id: "jira",
      auth: "api_token",
      connection: null,
      tools: [
        { name: "create_jira_ticket", sideEffect: true },
        { name: "search_jira", sideEffect: false },
      ],
    });
    expect(entry.credentialsSchema.properties).toHaveProperty("apiToken");

    const connected = await as(
      "admin",
      "PUT",
      "/v1/integrations/jira/connection",
      jiraSettings("wrong-token-91b2"),
    );
    expect(connected.statusCode, connected.body).toBe(200);
    expect(connected.json().connection.config).toEqual({
      siteUrl: jira.url,
      email: jira.email,
      defaultIssueType: "Task",
      allowPrivateNetwork: true,
    });
    const failing = await as("admin", "POST", "/v1/integrations/jira/test");
    expect(failing.statusCode).toBe(200);
    expect(failing.json().result).toEqual({
      ok: false,
      message: expect.stringMatching(/Jira refused the credentials \(401\)/),
    });

    const rotated = await as("admin", "PUT", "/v1/integrations/jira/connection", jiraSettings(jira.apiToken));
    expect(rotated.statusCode).toBe(200);
    const passing = await as("admin", "POST", "/v1/integrations/jira/test");
    expect(passing.json().result).toEqual({ ok: true, message: "Connected to Jira as Penny Bot." });
    const after = await as("admin", "GET", "/v1/integrations");
    expect(after.json().integrations[0].connection).toMatchObject({
      lastTestOk: true,
      lastTestMessage: "Connected to Jira as Penny Bot.",
    });
    // Rotation replaced the sealed secret: one credential row, and it is not the token in clear.
    const credentials = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      tx.select().from(schema.credentials),
    );
    expect(credentials).toHaveLength(1);
    expect(Buffer.from(credentials[0]?.ciphertext as Uint8Array).includes(jira.apiToken)).toBe(false);

    // The connection's tools are offered to this tenant only.
    const tools = await as("admin", "GET", "/v1/tools");
    expect(tools.json().tools.map((tool: { name: string }) => tool.name)).toContain("search_jira");
    const otherTools = await as("otherAdmin", "GET", "/v1/tools");
    expect(otherTools.json().tools.map((tool: { name: string }) => tool.name)).not.toContain("search_jira");
    const otherList = await as("otherAdmin", "GET", "/v1/integrations");
    expect(otherList.json().integrations[0].connection).toBeNull();

    // The audit has the changes, and each outbound call to Jira.
    // Outbound calls are audited after the call, outside the request's transaction: wait for the write.
    await vi.waitFor(async () => {
      const actions = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
        tx.select({ action: schema.auditEvents.action }).from(schema.auditEvents),
      );
      expect(actions.map((event) => event.action)).toEqual(
        expect.arrayContaining([
          "integration.connect",
          "integration.update",
          "integration.test",
          "egress.call",
        ]),
      );
    });

    const disconnected = await as("admin", "DELETE", "/v1/integrations/jira/connection");
    expect(disconnected.statusCode).toBe(204);
    const left = await testApp.database.withTenant(fixture.tenantA.id, (tx) =>
      tx.select().from(schema.credentials),
    );
    expect(left).toHaveLength(0);
    const again = await as("admin", "DELETE", "/v1/integrations/jira/connection");
    expect(again.statusCode).toBe(404);
    expect(again.json().detail).toMatch(/Jira is not connected/);

    for (const secret of ["wrong-token-91b2", jira.apiToken]) {
      for (const body of bodies) expect(body).not.toContain(secret);
      expect(logs.text()).not.toContain(secret);
    }
  });

  it("refuses bad settings with a 400 that names the field (and not the secret), unknown integrations with a 404", async () => {
    const bad = await as("admin", "PUT", "/v1/integrations/jira/connection", {
      config: { siteUrl: "http://jira.example.com", email: "not-an-email" },
      credentials: { apiToken: "" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "PENNY_INTEGRATION_SETTINGS_INVALID" });
    expect(bad.json().detail).toMatch(/config\.siteUrl: must start with https:\/\//);
    expect(bad.json().detail).toMatch(/config\.email/);
    expect(bad.json().detail).toMatch(/credentials\.apiToken/);
    const missing = await as("admin", "PUT", "/v1/integrations/jira/connection", { config: {} });
    expect(missing.statusCode).toBe(400);
    const unknown = await as("admin", "POST", "/v1/integrations/trello/test");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('There is no integration called "trello".');
    const badId = await as("admin", "GET", "/v1/integrations/..%2F/connection");
    expect(badId.statusCode).toBeGreaterThanOrEqual(400);
    expect(badId.statusCode).toBeLessThan(500);
    const notConnected = await as("admin", "POST", "/v1/integrations/jira/test");
    expect(notConnected.statusCode).toBe(404);
  });

  it("is for administrators only", async () => {
    const viewer = await as("viewer", "GET", "/v1/integrations");
    expect(viewer.statusCode).toBe(403);
    const connect = await as(
      "viewer",
      "PUT",
      "/v1/integrations/jira/connection",
      jiraSettings("viewer-token-x"),
    );
    expect(connect.statusCode).toBe(403);
  });
});
