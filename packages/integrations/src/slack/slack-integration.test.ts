import type { Database } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { createEgressClient } from "@penny/egress";
import { createToolRouter, type ToolCaller, ToolRegistry, type ToolRouter } from "@penny/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../__fixtures__/create-tenant.ts";
import { saveConnection } from "../connections/connection-store.ts";
import { openConnection } from "../connections/open-connection.ts";
import { parseSettings } from "../connections/parse-settings.ts";
import { createIntegrationTools } from "../integration-tools.ts";
import { type SlackTestDouble, startSlackTestDouble } from "./__fixtures__/slack-test-double.ts";
import { slackIntegration } from "./slack-integration.ts";

const masterKey = Buffer.alloc(32, 5);
let test: TestDatabase;
let database: Database;
let slack: SlackTestDouble;
let tenantId: string;
let router: ToolRouter;
const egress = createEgressClient({ timeoutMs: 5000 });

const caller = (tenant: string): ToolCaller => ({
  tenantId: tenant,
  userId: null,
  role: "admin",
  permissions: new Set(["tools:use"]),
});

async function connect(tenant: string, botToken: string) {
  const { config, secret } = parseSettings(slackIntegration, {
    config: { apiBaseUrl: slack.apiBaseUrl, allowPrivateNetwork: true },
    credentials: { botToken },
  });
  await database.withTenant(tenant, (tx) =>
    saveConnection(tx, masterKey, { tenantId: tenant, integrationId: "slack", config, secret, userId: null }),
  );
}

async function notify(tenant: string, args: unknown) {
  const checked = await router.authorize({ caller: caller(tenant), name: "slack_notify", arguments: args });
  const execution = await router.execute(checked, {
    tenantId: tenant,
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
  slack = await startSlackTestDouble();
  tenantId = await createTenant(database, "Slack tenant");
  await connect(tenantId, slack.botToken);
  router = createToolRouter({
    registry: new ToolRegistry(
      createIntegrationTools({ masterKey, egress, integrations: [slackIntegration] }),
    ),
    database,
  });
});

afterAll(async () => {
  await egress.close();
  await slack.close();
  await test.dispose();
});

describe("Slack integration against the Slack Web API test double", () => {
  it("posts a message with blocks, after approval by default", async () => {
    const { checked, execution } = await notify(tenantId, {
      channel: "#general",
      text: "OPS-100 was created",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "*OPS-100* was created" } }],
    });
    expect(checked.needsApproval).toBe(true);
    expect(execution).toMatchObject({
      outcome: "succeeded",
      result: { summary: "Posted to Slack #general." },
    });
    expect(execution.result?.data).toMatchObject({
      channel: "C0GENERAL01",
      ts: expect.stringMatching(/^\d+\.\d+$/),
    });
    expect(slack.posted.at(-1)).toMatchObject({ channel: "C0GENERAL01", text: "OPS-100 was created" });
  });

  it.each([
    [
      { channel: "#nowhere", text: "x" },
      "PENNY_INTEGRATION_REMOTE_NOT_FOUND",
      /channel_not_found.*cannot see it/,
    ],
    [{ channel: "#random", text: "x" }, "PENNY_INTEGRATION_REJECTED", /not_in_channel.*invite it first/],
    [
      { channel: "#general", text: "x", blocks: [{ type: "table" }] },
      "PENNY_INTEGRATION_REJECTED",
      /invalid_blocks/,
    ],
    [
      { channel: "#busy", text: "x" },
      "PENNY_INTEGRATION_UNAVAILABLE",
      /rate-limiting \(429\); retry after 30 s/,
    ],
  ])("turns Slack's error envelope into a clear tool error (%j)", async (args, code, message) => {
    const { execution } = await notify(tenantId, args);
    expect(execution).toMatchObject({ outcome: "failed", errorCode: code });
    expect(execution.error).toMatch(message);
  });

  it("refuses a malformed channel before calling Slack", async () => {
    const before = slack.posted.length;
    await expect(notify(tenantId, { channel: "general chat", text: "x" })).rejects.toThrow(/channel/);
    expect(slack.posted.length).toBe(before);
  });

  it("says clearly when the bot token is wrong, in the tool result and the connection test", async () => {
    const other = await createTenant(database, "Revoked token");
    await connect(other, "xoxb-revoked-0000");
    const { execution } = await notify(other, { channel: "#general", text: "x" });
    expect(execution).toMatchObject({ outcome: "failed", errorCode: "PENNY_INTEGRATION_AUTH_FAILED" });
    expect(execution.error).toMatch(/Slack refused the bot token \(invalid_auth\)/);
    expect(execution.error).not.toContain("xoxb-revoked-0000");
    const connection = await database.withTenant(other, (tx) =>
      openConnection(tx, { masterKey, egress, tenantId: other, integration: slackIntegration }),
    );
    expect((await slackIntegration.testConnection(connection)).ok).toBe(false);
    const good = await database.withTenant(tenantId, (tx) =>
      openConnection(tx, { masterKey, egress, tenantId, integration: slackIntegration }),
    );
    expect(await slackIntegration.testConnection(good)).toEqual({
      ok: true,
      message: "Connected to Slack workspace Acme as penny.",
    });
  });
});
