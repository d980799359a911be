import { type JiraTestDouble, startJiraTestDouble } from "@penny/integrations/testing";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const JIRA_TOKEN = "ATATT-e2e-never-shown-51c7";
const WRONG_TOKEN = "ATATT-e2e-wrong-0d9e";

const session = useE2eSession();
let jira: JiraTestDouble;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  jira = await startJiraTestDouble({ apiToken: JIRA_TOKEN });
});
afterAll(async () => {
  await context?.close();
  await jira?.close();
});

/** Clicks (and ticks, which are clicks too) through one counter; typing is not counted. */
function clickCounter() {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async click(locator: Locator) {
      count += 1;
      await locator.click();
    },
  };
}

async function apiGet<T>(path: string): Promise<{ text: string; json: T }> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  return { text, json: JSON.parse(text) as T };
}

const main = () => page.getByRole("main");
const jiraCard = () => main().getByRole("article", { name: "Jira" });

/** axe on the page in the light theme and again in the dark one (then back to light). */
async function axeLightAndDark(what: string) {
  expect(await seriousViolations(page), `axe on ${what} (light)`).toEqual([]);
  await page.evaluate(`localStorage.setItem("penny.theme", "dark")`);
  await page.reload();
  await main().getByRole("heading", { level: 1 }).waitFor();
  expect(await page.evaluate("document.documentElement.dataset.theme ?? ''")).toBe("dark");
  expect(await seriousViolations(page), `axe on ${what} (dark)`).toEqual([]);
  await page.evaluate(`localStorage.setItem("penny.theme", "light")`);
  await page.reload();
  await main().getByRole("heading", { level: 1 }).waitFor();
}

describe("integrations, tool grants and the two-factor policy in the admin console", () => {
  it("connects Jira in at most five clicks from the console's home and tests the connection", async () => {
    context = await recordingContext(session);
    page = await context.newPage();
    await signIn(page, "admin@acme.test");
    await page.goto("/admin");
    await page.getByRole("heading", { level: 1, name: "Admin console" }).waitFor();

    const clicks = clickCounter();
    await clicks.click(main().getByRole("link", { name: /Integrations/ }));
    await clicks.click(jiraCard().getByRole("button", { name: "Connect Jira" }));
    const form = jiraCard().getByRole("form", { name: "Connect Jira" });
    await form.getByLabel("Site URL").fill(jira.url);
    await form.getByLabel("Account email").fill(jira.email);
    await form.getByLabel("API token").fill(JIRA_TOKEN);
    // The double listens on 127.0.0.1: the connection must allow a private network address.
    await clicks.click(form.getByLabel("Allow a private network address"));
    await clicks.click(form.getByRole("button", { name: "Save and connect" }));
    await main().getByRole("status").filter({ hasText: "Jira is connected." }).waitFor();
    expect(clicks.count).toBeLessThanOrEqual(5);

    await jiraCard().getByText("Credentials saved").waitFor();
    expect(await page.content()).not.toContain(JIRA_TOKEN);
    const { text, json } = await apiGet<{ integrations: { id: string; connection: unknown }[] }>(
      "/v1/integrations",
    );
    expect(json.integrations.find((entry) => entry.id === "jira")?.connection).toMatchObject({
      config: { siteUrl: jira.url, email: jira.email, allowPrivateNetwork: true },
    });
    expect(text).not.toContain(JIRA_TOKEN);

    await jiraCard().getByRole("button", { name: "Test the connection to Jira" }).click();
    await jiraCard()
      .getByRole("status")
      .filter({ hasText: "The connection works: Connected to Jira as Penny Bot." })
      .waitFor();
    await jiraCard().getByText("Last test passed").waitFor();
    await axeLightAndDark("integrations");
  });

  it("says in words that Jira refused a wrong token, then disconnects", async () => {
    await jiraCard().getByRole("button", { name: "Change the settings of Jira" }).click();
    const form = jiraCard().getByRole("form", { name: "Settings of Jira" });
    // Saved settings come back; the token never does.
    expect(await form.getByLabel("Site URL").inputValue()).toBe(jira.url);
    expect(await form.getByLabel("API token").inputValue()).toBe("");
    await form.getByLabel("API token").fill(WRONG_TOKEN);
    await form.getByRole("button", { name: "Save and connect" }).click();
    await form.waitFor({ state: "detached" });
    await main().getByRole("status").filter({ hasText: "Jira is connected." }).waitFor();

    await jiraCard().getByRole("button", { name: "Test the connection to Jira" }).click();
    await jiraCard()
      .getByRole("alert")
      .filter({ hasText: /^The connection failed: Jira refused the credentials \(401\)/ })
      .waitFor();
    await jiraCard().getByText("Last test failed").waitFor();
    expect(jira.requests.at(-1)?.authorization).toBe(
      `Basic ${Buffer.from(`${jira.email}:${WRONG_TOKEN}`).toString("base64")}`,
    );

    await jiraCard().getByRole("button", { name: "Disconnect Jira" }).click();
    await jiraCard().getByText("Disconnect Jira and delete its saved credentials?").waitFor();
    await jiraCard().getByRole("button", { name: "Disconnect", exact: true }).click();
    await main().getByRole("status").filter({ hasText: "Jira was disconnected" }).waitFor();
    await jiraCard().getByText("Not connected").waitFor();
    const { json } = await apiGet<{ integrations: { id: string; connection: unknown }[] }>(
      "/v1/integrations",
    );
    expect(json.integrations.find((entry) => entry.id === "jira")?.connection).toBeNull();
  });

  it("denies a tool to the viewer role and lists the grant", async () => {
    const { json: available } = await apiGet<{ tools: { name: string }[] }>("/v1/tools");
    const tool = available.tools.at(-1)?.name ?? "";
    expect(tool).not.toBe("");
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Tool and data access" })
      .click();
    await main().getByText("a person's grant beats a group's").waitFor();
    const form = main().getByRole("form", { name: "Allow or deny" });
    await form.getByLabel("Effect").selectOption("deny");
    await form.getByLabel("Tool", { exact: true }).selectOption(tool);
    await form.getByLabel("To", { exact: true }).selectOption("role");
    await form.getByLabel("Who").selectOption("viewer");
    await form.getByRole("button", { name: "Save the grant" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `Deny: ${tool} for Role Viewer.` })
      .waitFor();

    const row = main().getByRole("table", { name: "Grants" }).getByRole("row").filter({ hasText: tool });
    await row.getByText("Role Viewer").waitFor();
    await row.getByText("Deny").waitFor();
    const { json } = await apiGet<{ grants: { subjectType: string; subjectId: string; effect: string }[] }>(
      `/v1/grants?resourceType=tool&resourceId=${tool}`,
    );
    expect(json.grants).toEqual([
      expect.objectContaining({ subjectType: "role", subjectId: "viewer", effect: "deny" }),
    ]);
    await axeLightAndDark("tool and data access");
  });

  it("requires two-factor authentication after a confirmation, then stops requiring it", async () => {
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Two-factor authentication" })
      .click();
    const toggle = main().getByRole("switch", { name: "Require two-factor authentication for everyone" });
    expect(await toggle.isChecked()).toBe(false);
    await main().getByText("enrol with an authenticator app at their next sign-in").waitFor();
    // Keyboard: Space flips the switch, which only asks.
    await toggle.focus();
    await page.keyboard.press("Space");
    await main().getByText("Require two-factor authentication for every member?").waitFor();
    expect((await apiGet<{ required: boolean }>("/v1/policies/mfa")).json.required).toBe(false);
    await main().getByRole("button", { name: "Require it" }).click();
    await main()
      .getByRole("status")
      .filter({ hasText: "Two-factor authentication is now required" })
      .waitFor();
    expect((await apiGet<{ required: boolean }>("/v1/policies/mfa")).json.required).toBe(true);
    await axeLightAndDark("two-factor authentication");

    await toggle.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
      throw new Error(`the switch is missing; the screen says: ${await main().textContent()}`, {
        cause: error,
      });
    });
    await toggle.click();
    await main().getByRole("button", { name: "Stop requiring it" }).click();
    await main().getByRole("status").filter({ hasText: "no longer required" }).waitFor();
    expect((await apiGet<{ required: boolean }>("/v1/policies/mfa")).json.required).toBe(false);
    await expect.poll(() => toggle.isChecked()).toBe(false);
  });

  it("speaks Spanish on the new screens and broke no content-security rule", async () => {
    await page.evaluate("localStorage.setItem('penny.language', 'es')");
    await page.goto("/admin/integrations");
    await page.getByRole("heading", { level: 1, name: "Integraciones" }).waitFor();
    await jiraCard().getByRole("button", { name: "Conectar Jira" }).waitFor();
    await page.goto("/admin/grants");
    await page.getByRole("heading", { level: 1, name: "Acceso a herramientas y datos" }).waitFor();
    await page.goto("/admin/two-factor");
    await main()
      .getByRole("switch", { name: "Exigir la verificación en dos pasos a todo el mundo" })
      .waitFor();
    expect(await seriousViolations(page), "axe in Spanish").toEqual([]);
    await page.evaluate("localStorage.setItem('penny.language', 'en')");
    expect(await cspViolations(page)).toEqual([]);
  });
});
