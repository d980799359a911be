import { type Database, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { createEgressClient, type EgressCallRecord } from "@penny/egress";
import {
  createToolRouter,
  type ToolCaller,
  ToolForbiddenError,
  ToolRegistry,
  type ToolRouter,
} from "@penny/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../__fixtures__/create-tenant.ts";
import { saveConnection } from "../connections/connection-store.ts";
import { openConnection } from "../connections/open-connection.ts";
import { parseSettings } from "../connections/parse-settings.ts";
import { createIntegrationTools } from "../integration-tools.ts";
import { type JiraTestDouble, startJiraTestDouble } from "./__fixtures__/jira-test-double.ts";
import { jiraIntegration } from "./jira-integration.ts";

const masterKey = Buffer.alloc(32, 7);
let test: TestDatabase;
let database: Database;
let jira: JiraTestDouble;
let connected: string;
let notConnected: string;
let router: ToolRouter;
const egressRecords: EgressCallRecord[] = [];
const egress = createEgressClient({ onCall: (record) => egressRecords.push(record), timeoutMs: 5000 });

const callerOf = (tenantId: string): ToolCaller => ({
  tenantId,
  userId: null,
  role: "admin",
  permissions: new Set(["tools:use"]),
});

async function connect(tenantId: string, overrides: { config?: object; credentials?: object } = {}) {
  const { config, secret } = parseSettings(jiraIntegration, {
    config: { siteUrl: jira.url, email: jira.email, allowPrivateNetwork: true, ...overrides.config },
    credentials: { apiToken: jira.apiToken, ...overrides.credentials },
  });
  await database.withTenant(tenantId, (tx) =>
    saveConnection(tx, masterKey, { tenantId, integrationId: "jira", config, secret, userId: null }),
  );
}

async function call(tenantId: string, name: string, args: unknown) {
  const checked = await router.authorize({ caller: callerOf(tenantId), name, arguments: args });
  const execution = await router.execute(checked, {
    tenantId,
    userId: null,
    database,
    now: new Date("2026-12-01T10:00:00Z"),
    createArtifact: () => Promise.reject(new Error("no artifacts here")),
  });
  return { checked, execution };
}

beforeAll(async () => {
  test = await openTestDatabase();
  database = test.database;
  jira = await startJiraTestDouble();
  connected = await createTenant(database, "Connected");
  notConnected = await createTenant(database, "Not connected");
  await connect(connected);
  router = createToolRouter({
    registry: new ToolRegistry(createIntegrationTools({ masterKey, egress })),
    database,
  });
});

afterAll(async () => {
  await egress.close();
  await jira.close();
  await test.dispose();
});

describe("Jira integration against the Jira REST v3 test double", () => {
  it("offers the Jira tools only to the tenant that connected Jira", async () => {
    const offered = await router.available(callerOf(connected));
    expect(offered.map((tool) => tool.name)).toEqual(["create_jira_ticket", "search_jira"]);
    expect(await router.available(callerOf(notConnected))).toEqual([]);
    await expect(call(notConnected, "search_jira", { jql: "project = OPS" })).rejects.toSatisfy(
      (error) =>
        error instanceof ToolForbiddenError && /not set up for this organisation/.test(error.message),
    );
  });

  it("creates a ticket (after approval by default), resolving the assignee by email", async () => {
    const { checked, execution } = await call(connected, "create_jira_ticket", {
      projectKey: "OPS",
      title: "Renew the TLS certificate",
      description: "It expires on Friday.\n\nOwner: platform team.",
      assignee: "bob@example.com",
      labels: ["security", "q4"],
    });
    expect(checked.needsApproval).toBe(true);
    expect(execution.outcome).toBe("succeeded");
    const key = (execution.result?.data as { key?: string } | undefined)?.key;
    expect(key).toMatch(/^OPS-\d+$/);
    expect(execution.result?.summary).toBe(`Created Jira issue ${key}, assigned to Bob Stone.`);
    expect(execution.result?.data).toMatchObject({
      url: `${jira.url}/browse/${key}`,
      labels: ["security", "q4"],
    });
    const sent = jira.created.find((issue) => issue.key === key)?.fields;
    expect(sent).toMatchObject({
      project: { key: "OPS" },
      summary: "Renew the TLS certificate",
      issuetype: { name: "Task" },
      labels: ["security", "q4"],
      assignee: { accountId: "5b109f2e9729b51b54dc274d" },
      description: {
        type: "doc",
        version: 1,
        content: [
          { type: "paragraph", content: [{ type: "text", text: "It expires on Friday." }] },
          { type: "paragraph", content: [{ type: "text", text: "Owner: platform team." }] },
        ],
      },
    });
  });

  it("resolves an assignee by full name, and refuses an ambiguous or unknown one", async () => {
    const byName = await call(connected, "create_jira_ticket", {
      projectKey: "WEB",
      title: "Check the login page",
      assignee: "ana garcía",
    });
    expect(byName.execution.result?.summary).toMatch(/assigned to Ana García/);
    const ambiguous = await call(connected, "create_jira_ticket", {
      projectKey: "WEB",
      title: "x",
      assignee: "Ana",
    });
    expect(ambiguous.execution).toMatchObject({
      outcome: "failed",
      errorCode: "PENNY_INTEGRATION_REJECTED",
      error: expect.stringMatching(/"Ana" matches several Jira users \(Ana García, Ana Gómez\)/),
    });
    const unknown = await call(connected, "create_jira_ticket", {
      projectKey: "WEB",
      title: "x",
      assignee: "old@example.com",
    });
    expect(unknown.execution.error).toMatch(/No active Jira user matches "old@example.com"/);
  });

  it("refuses labels with spaces before calling Jira", async () => {
    const before = jira.requests.length;
    await expect(
      call(connected, "create_jira_ticket", { projectKey: "OPS", title: "x", labels: ["two words"] }),
    ).rejects.toThrow(/labels/);
    expect(jira.requests.length).toBe(before);
  });

  it("reports Jira's field errors from its error envelope", async () => {
    const { execution } = await call(connected, "create_jira_ticket", {
      projectKey: "NOPE",
      title: "Lost",
      issueType: "Epic",
    });
    expect(execution).toMatchObject({ outcome: "failed", errorCode: "PENNY_INTEGRATION_REJECTED" });
    expect(execution.error).toBe(
      "Jira rejected the request (400). Jira says: project: Specify a valid project ID or key issuetype: Specify an issue type",
    );
  });

  it("searches with JQL (read-only, no approval) and reads ADF descriptions as text", async () => {
    const { checked, execution } = await call(connected, "search_jira", {
      jql: 'project = OPS AND status = "In Progress"',
    });
    expect(checked.needsApproval).toBe(false);
    expect(execution.result?.summary).toBe("Found 1 Jira issue.");
    expect(execution.result?.data).toMatchObject({
      issues: [
        {
          key: "OPS-1",
          status: "In Progress",
          assignee: "Bob Stone",
          description: "The certificate expires on Friday.",
          url: `${jira.url}/browse/OPS-1`,
        },
      ],
      complete: true,
    });
    const bad = await call(connected, "search_jira", { jql: "project ~~ OPS" });
    expect(bad.execution.error).toMatch(
      /Jira rejected the request \(400\)\. Jira says: Error in the JQL Query/,
    );
  });

  it("says clearly when the credentials are wrong or expired, in the tool result and the connection test", async () => {
    const tenantId = await createTenant(database, "Expired token");
    await connect(tenantId, { credentials: { apiToken: "expired-token" } });
    const { execution } = await call(tenantId, "search_jira", { jql: "project = OPS" });
    expect(execution).toMatchObject({ outcome: "failed", errorCode: "PENNY_INTEGRATION_AUTH_FAILED" });
    expect(execution.error).toMatch(/Jira refused the credentials \(401\).*wrong, or the token has expired/);
    expect(execution.error).not.toContain("expired-token");
    const connection = await database.withTenant(tenantId, (tx) =>
      openConnection(tx, { masterKey, egress, tenantId, integration: jiraIntegration }),
    );
    expect(await jiraIntegration.testConnection(connection)).toMatchObject({ ok: false });
    const good = await database.withTenant(connected, (tx) =>
      openConnection(tx, { masterKey, egress, tenantId: connected, integration: jiraIntegration }),
    );
    expect(await jiraIntegration.testConnection(good)).toEqual({
      ok: true,
      message: "Connected to Jira as Penny Bot.",
    });
  });

  it("goes through the egress client: loopback is refused unless the connection allows a private network", async () => {
    const tenantId = await createTenant(database, "No private network");
    // An https URL passes the config check, but it points at loopback and the connection does not allow that.
    await connect(tenantId, {
      config: { siteUrl: jira.url.replace("http:", "https:"), allowPrivateNetwork: false },
    });
    const before = jira.requests.length;
    const { execution } = await call(tenantId, "search_jira", { jql: "project = OPS" });
    expect(execution).toMatchObject({ outcome: "failed", errorCode: "PENNY_INTEGRATION_UNAVAILABLE" });
    expect(execution.error).toMatch(/Jira could not be reached\. .*loopback address/);
    expect(jira.requests.length).toBe(before);
    expect(egressRecords.at(-1)).toMatchObject({
      tenantId,
      host: "127.0.0.1",
      outcome: "PENNY_EGRESS_PRIVATE_ADDRESS",
    });
  });

  it("seals the API token: the stored row never holds it", async () => {
    const rows = await database.withTenant(connected, (tx) => tx.select().from(schema.credentials));
    expect(rows).toHaveLength(1);
    const stored = Buffer.concat([rows[0]?.ciphertext as Buffer, rows[0]?.encryptedDataKey as Buffer]);
    expect(stored.includes(Buffer.from(jira.apiToken))).toBe(false);
    const connections = await database.withTenant(connected, (tx) =>
      tx.select().from(schema.integrationConnections),
    );
    expect(JSON.stringify(connections)).not.toContain(jira.apiToken);
  });

  it("describes a call for the approval card without creating anything, and says when the assignee is unclear", async () => {
    const tool = createIntegrationTools({ masterKey, egress }).find(
      (entry) => entry.name === "create_jira_ticket",
    );
    const context = { tenantId: connected, userId: null, database };
    const createdBefore = jira.created.length;
    const summary = await tool?.describeCall?.(
      {
        projectKey: "OPS",
        title: "Badge reader broken",
        assignee: "bob@example.com",
        labels: ["facilities"],
      },
      { ...context, signal: AbortSignal.timeout(5000) },
    );
    expect(summary).toBe(
      `Create a Task in Jira project OPS at ${jira.url}: “Badge reader broken”, assignee Bob Stone (bob@example.com), labels facilities`,
    );
    const unclear = await tool?.describeCall?.(
      { projectKey: "OPS", title: "Badge reader broken", assignee: "Ana" },
      { ...context, signal: AbortSignal.timeout(5000) },
    );
    expect(unclear).toMatch(
      /assignee “Ana” \(not resolved: "Ana" matches several Jira users \(Ana García, Ana Gómez\)/,
    );
    expect(jira.created).toHaveLength(createdBefore);
  });
});
