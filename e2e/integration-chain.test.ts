import {
  type JiraTestDouble,
  type SlackTestDouble,
  startJiraTestDouble,
  startSlackTestDouble,
} from "@penny/integrations/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

/**
 * Issue 7's chain in Chromium: Jira and Slack (test doubles speaking their wire formats) connected through the API,
 * then ask → approve the Jira ticket (the card says what will be created where) → approve the Slack message → the
 * answer names the ticket.
 */

const session = useE2eSession();
let jira: JiraTestDouble;
let slack: SlackTestDouble;

const QUESTION =
  "Create a Jira ticket in OPS titled 'Printer on fire' assigned to Maria with labels hardware and urgent, " +
  "then tell #ops on Slack";

beforeAll(async () => {
  jira = await startJiraTestDouble({
    people: [
      { accountId: "5b10a2844c20165700ede777", displayName: "María García", emailAddress: "maria@acme.test" },
    ],
  });
  slack = await startSlackTestDouble({ channels: { ops: "C0OPS00001" } });
});
afterAll(async () => {
  await jira?.close();
  await slack?.close();
});

/** Connects an integration the way an administrator's client does (the CSRF token comes from GET /v1/me). */
async function connect(page: Page, id: string, settings: object): Promise<void> {
  const me = (await (await page.request.get("/v1/me")).json()) as { csrfToken?: string };
  const response = await page.request.put(`/v1/integrations/${id}/connection`, {
    data: settings,
    headers: { "x-csrf-token": me.csrfToken ?? "" },
  });
  expect(response.status(), await response.text()).toBe(200);
}

describe("ask → Jira → Slack in Chromium", () => {
  it("shows what will be created where, runs both after approval and answers with the ticket key", async () => {
    const context = await recordingContext(session);
    try {
      const page = await context.newPage();
      await signIn(page, "admin@acme.test");
      await connect(page, "jira", {
        config: { siteUrl: jira.url, email: jira.email, allowPrivateNetwork: true },
        credentials: { apiToken: jira.apiToken },
      });
      await connect(page, "slack", {
        config: { apiBaseUrl: slack.apiBaseUrl, allowPrivateNetwork: true },
        credentials: { botToken: slack.botToken },
      });

      await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
      await page.getByRole("button", { name: "Send" }).click();

      const jiraCard = page.getByRole("article", { name: "Tool: Jira ticket" });
      await jiraCard.getByText("Needs your approval").waitFor();
      const jiraSummary = jiraCard.locator(".approval__summary");
      expect(await jiraSummary.textContent()).toContain(
        `What will happen: Create a Task in Jira project OPS at ${jira.url}: “Printer on fire”, assignee María García (maria@acme.test), labels hardware, urgent`,
      );
      expect(await seriousViolations(page), "axe with the Jira approval waiting").toEqual([]);
      expect(jira.created).toHaveLength(0);
      await jiraCard.getByRole("button", { name: "Approve", exact: true }).click();

      const slackCard = page.getByRole("article", { name: "Tool: Slack message" });
      await slackCard.getByText("Needs your approval").waitFor();
      expect(await jiraCard.getByText("Done").count()).toBe(1);
      expect(jira.created.map((issue) => issue.key)).toEqual(["OPS-100"]);
      expect(await slackCard.locator(".approval__summary").textContent()).toMatch(
        /What will happen: Post to Slack #ops via .*“Created Jira issue OPS-100/,
      );
      await slackCard.getByRole("button", { name: "Approve", exact: true }).click();
      await slackCard.getByText("Done").waitFor();
      expect(slack.posted.map((message) => message.channel)).toEqual(["C0OPS00001"]);

      const answer = page.locator(".message--assistant").last();
      await answer.getByRole("button", { name: "Answer again" }).waitFor();
      expect(await answer.textContent()).toContain("OPS-100");
      expect(await seriousViolations(page), "axe after the chain").toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
