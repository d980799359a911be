import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const INVITEE = "new.analyst@acme.test";
const PROVIDER = "Local vLLM";
const PROVIDER_KEY = "sk-e2e-never-shown-7f3a9c";
const SYSTEM_PROMPT = "Answer in short sentences and name the source of every figure.";

const session = useE2eSession();
let context: BrowserContext;
let page: Page;

afterAll(async () => {
  await context?.close();
});

function newContext(viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  return recordingContext(session, { viewport });
}

/** Clicks (and picks in a select, which is a click on a real screen) through one counter; typing is not counted. */
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
    async select(locator: Locator, value: string) {
      count += 1;
      await locator.selectOption(value);
    },
  };
}

/** The JSON of an API read made with the page's session cookie. */
async function apiGet<T>(path: string): Promise<{ text: string; json: T }> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  return { text, json: JSON.parse(text) as T };
}

const main = () => page.getByRole("main");

describe("the admin console in Chromium", () => {
  it("opens from the account menu for the demo admin and lists the sections", async () => {
    context = await newContext();
    page = await context.newPage();
    await signIn(page, "admin@acme.test");
    await page.getByRole("button", { name: "Account and preferences" }).click();
    await page.getByRole("link", { name: "Admin console" }).click();
    await page.waitForURL(/\/admin$/);
    await page.getByRole("heading", { level: 1, name: "Admin console" }).waitFor();
    for (const section of [
      "Members and invites",
      "Model providers",
      "Instructions and privacy",
      "Audit log",
    ]) {
      await main()
        .getByRole("link", { name: new RegExp(section) })
        .waitFor();
    }
    expect(await seriousViolations(page), "axe on the console's home").toEqual([]);
  });

  it("invites a user in at most five clicks from the console's home and shows the invite pending", async () => {
    const clicks = clickCounter();
    await clicks.click(main().getByRole("link", { name: /Members and invites/ }));
    await main().getByLabel("Email", { exact: true }).fill(INVITEE);
    await clicks.select(main().getByLabel("Role", { exact: true }), "viewer");
    await clicks.click(main().getByRole("button", { name: "Send invite" }));
    await main().getByRole("status").filter({ hasText: INVITEE }).waitFor();
    expect(clicks.count).toBeLessThanOrEqual(5);

    const row = main()
      .getByRole("table", { name: "Invitations" })
      .getByRole("row")
      .filter({ hasText: INVITEE });
    await row.getByText("Pending").waitFor();
    await row.getByText("Viewer").waitFor();
    const { json } = await apiGet<{ invites: { email: string; status: string; role: string }[] }>(
      "/v1/invites",
    );
    expect(json.invites.find((invite) => invite.email === INVITEE)).toMatchObject({
      status: "pending",
      role: "viewer",
    });

    // Resending mails a fresh link: the earlier invitation shows as revoked, a new one as pending.
    await row.getByRole("button", { name: `Resend the invite to ${INVITEE}` }).click();
    await expect
      .poll(async () => {
        const answer = await apiGet<{ invites: { email: string; status: string }[] }>("/v1/invites");
        return answer.json.invites
          .filter((invite) => invite.email === INVITEE)
          .map((invite) => invite.status)
          .sort();
      })
      .toEqual(["pending", "revoked"]);

    const members = main().getByRole("table", { name: "Members of this organization" });
    await members.getByRole("row").filter({ hasText: "viewer@acme.test" }).getByText("Active").waitFor();
    // The tenant's only admin cannot step down: the API's refusal is said in words and the role stays.
    const adminRole = members.getByLabel("Role of Alex Morgan");
    await adminRole.selectOption("manager");
    await main().getByRole("alert").filter({ hasText: "This is the organization's last admin." }).waitFor();
    await expect.poll(() => adminRole.inputValue()).toBe("admin");
    expect(await seriousViolations(page), "axe on members and invites").toEqual([]);
  });

  it("adds an OpenAI-compatible provider whose key is never returned", async () => {
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Model providers" })
      .click();
    await main().getByRole("button", { name: "Add a provider" }).click();
    const form = main().getByRole("form", { name: "Add a model provider" });
    await form.getByLabel("Kind").selectOption("openai-compatible");
    await form.getByLabel("Name", { exact: true }).fill(PROVIDER);
    await form.getByLabel("Base URL").fill("http://127.0.0.1:9/v1");
    await form.getByLabel("API key").fill(PROVIDER_KEY);
    await form.getByLabel("Model 1: id").fill("llama-3.1-8b");
    await form.getByLabel("Model 1: input price (USD per million tokens)").fill("0.2");
    await form.getByLabel("Model 1: output price (USD per million tokens)").fill("0.6");
    await form.getByRole("button", { name: "Add provider" }).click();

    const card = main().getByRole("article", { name: PROVIDER });
    await card.getByText("Key set").waitFor();
    await card.getByRole("cell", { name: "llama-3.1-8b" }).waitFor();
    expect(await page.content()).not.toContain(PROVIDER_KEY);

    const { text, json } = await apiGet<{ providers: { name: string; hasApiKey: boolean }[] }>(
      "/v1/models/providers",
    );
    expect(json.providers.find((provider) => provider.name === PROVIDER)?.hasApiKey).toBe(true);
    expect(text).not.toContain(PROVIDER_KEY);
    expect(await seriousViolations(page), "axe on model providers").toEqual([]);

    // Disabling rewrites the provider without a key: the stored key stays.
    await card.getByRole("button", { name: "Disable" }).click();
    await card.getByText("Disabled", { exact: true }).waitFor();
    const after = await apiGet<{ providers: { name: string; enabled: boolean; hasApiKey: boolean }[] }>(
      "/v1/models/providers",
    );
    expect(after.json.providers.find((provider) => provider.name === PROVIDER)).toMatchObject({
      enabled: false,
      hasApiKey: true,
    });
  });

  it("edits the system prompt and the privacy policy, as the API then reads them", async () => {
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Instructions and privacy" })
      .click();
    const promptForm = main().getByRole("form", { name: "System prompt" });
    const promptBox = promptForm.getByLabel("Instructions for every model");
    await expect.poll(() => promptBox.isEnabled()).toBe(true);
    await promptBox.fill(SYSTEM_PROMPT);
    await promptForm.getByRole("button", { name: "Save the system prompt" }).click();
    await promptForm.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const stored = await apiGet<{ systemPrompt: { text: string } }>("/v1/prompts/system");
    expect(stored.json.systemPrompt.text).toBe(SYSTEM_PROMPT);

    const privacyForm = main().getByRole("form", { name: "Privacy policy" });
    await privacyForm
      .getByRole("group", { name: "Kinds to redact from prompts" })
      .getByLabel("Phone numbers")
      .uncheck();
    await privacyForm
      .getByRole("group", { name: "Kinds to filter out of answers" })
      .getByLabel("Email addresses")
      .check();
    await privacyForm.getByRole("button", { name: "Save the privacy policy" }).click();
    await privacyForm.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const policy = await apiGet<{
      policy: { redactInput: { kinds: string[] }; filterOutput: { kinds: string[] } };
    }>("/v1/privacy/policy");
    expect(policy.json.policy.redactInput.kinds).not.toContain("phone");
    expect(policy.json.policy.redactInput.kinds).toContain("email");
    expect(policy.json.policy.filterOutput.kinds).toContain("email");

    // A template, tried with its variables through the server's render.
    const templates = main().getByRole("region", { name: "Prompt templates" });
    await templates.getByRole("button", { name: "New template" }).click();
    await templates.getByLabel("Name", { exact: true }).fill("Follow-up");
    await templates.getByLabel("Text", { exact: true }).fill("Write to {{customer}} about {{topic}}.");
    await templates.getByRole("button", { name: "Save the template" }).click();
    await templates.getByRole("button", { name: "Try “Follow-up”" }).click();
    await templates.getByLabel("{{customer}}").fill("Initech");
    await templates.getByLabel("{{topic}}").fill("the renewal");
    await templates.getByRole("button", { name: "Render" }).click();
    await templates.getByText("Write to Initech about the renewal.").waitFor();
    await templates.getByRole("button", { name: "Delete Follow-up" }).click();
    await templates.getByText("Delete “Follow-up”?").waitFor();
    await templates.getByRole("button", { name: "Delete", exact: true }).click();
    await templates.getByText("No templates yet.").waitFor();
    expect(await seriousViolations(page), "axe on instructions and privacy").toEqual([]);
  });

  it("finds the events those changes wrote in the audit viewer, verifies the chain, and speaks Spanish", async () => {
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Audit log" })
      .click();
    const events = main().getByRole("table", { name: "Events" });
    await events.waitFor();
    for (const action of [
      "invite.created",
      "model_provider.create",
      "prompt.system.update",
      "privacy.policy.update",
    ]) {
      await main().getByLabel("Action", { exact: true }).fill(action);
      await main().getByRole("button", { name: "Apply filters" }).click();
      await expect
        .poll(async () => (await events.locator("tbody code").allTextContents()).join(","))
        .toMatch(new RegExp(`^${action.replaceAll(".", "\\.")}(,${action.replaceAll(".", "\\.")})*$`));
    }
    // The last filter left privacy.policy.update: open its detail, which shows what changed.
    await events
      .getByRole("button", { name: /privacy\.policy\.update/ })
      .first()
      .click();
    const detail = main().getByRole("region", { name: /^Event #\d+$/ });
    await detail.getByText("Alex Morgan").waitFor();
    expect(await detail.locator(".admin-json").textContent()).toContain('"filterOutput"');

    await main().getByRole("button", { name: "Verify the chain" }).click();
    await main()
      .getByRole("status")
      .filter({ hasText: /^The log is intact: \d+ events verified/ })
      .waitFor();
    expect(await seriousViolations(page), "axe on the audit viewer").toEqual([]);

    await page.getByRole("button", { name: "Account and preferences" }).click();
    await page.getByLabel("Language").selectOption("es");
    await page.keyboard.press("Escape");
    await page.getByRole("heading", { level: 1, name: "Registro de auditoría" }).waitFor();
    await main().getByRole("button", { name: "Verificar la cadena" }).waitFor();
    await page.getByRole("link", { name: "Volver al espacio de trabajo" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("es");
    expect(await seriousViolations(page), "axe on the audit viewer in Spanish").toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("creates a group and adds a member to it", async () => {
    // Back to English (the test before switched to Spanish), straight at the section's address.
    await page.evaluate("localStorage.setItem('penny.language', 'en')");
    await page.goto("/admin/groups");
    const form = main().getByRole("form", { name: "New group" });
    await form.getByLabel("Name", { exact: true }).fill("Finance analysts");
    await form.getByRole("button", { name: "Create the group" }).click();
    const card = main().getByRole("article", { name: "Finance analysts" });
    await card.getByText("0 members").waitFor();
    await card.getByLabel("Member", { exact: true }).selectOption({ label: "Dev Patel" });
    await card.getByRole("button", { name: "Add to the group" }).click();
    await card.getByText("1 member", { exact: true }).waitFor();
    // The card lists who is in the group.
    await card.getByRole("list", { name: "Members of Finance analysts" }).getByText("Dev Patel").waitFor();
    const { json } = await apiGet<{ groups: { name: string; memberCount: number }[] }>("/v1/groups");
    expect(json.groups.find((group) => group.name === "Finance analysts")?.memberCount).toBe(1);
    expect(await seriousViolations(page), "axe on groups").toEqual([]);
  });

  it("adds a sign-in provider whose client secret is never returned", async () => {
    const secret = "oidc-e2e-secret-41b7";
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Sign-in providers" })
      .click();
    await main().getByRole("button", { name: "Add a sign-in provider" }).click();
    const form = main().getByRole("form", { name: "Add a sign-in provider" });
    await form.getByLabel("Name on the button").fill("Acme SSO");
    await form.getByLabel("Issuer URL").fill("https://login.acme.test");
    await form.getByLabel("Client id").fill("penny-web");
    await form.getByLabel("Client secret").fill(secret);
    await form.getByRole("button", { name: "Add provider" }).click();
    const card = main().getByRole("article", { name: "Acme SSO" });
    await card.getByText("Secret set").waitFor();
    expect(await page.content()).not.toContain(secret);
    const { text } = await apiGet<unknown>("/v1/identity-providers");
    expect(text).toContain("Acme SSO");
    expect(text).not.toContain(secret);
    expect(await seriousViolations(page), "axe on sign-in providers").toEqual([]);
  });

  it("shows a manager only the sections a manager may use, and fits a phone's width", async () => {
    const phoneContext = await newContext({ width: 390, height: 844 });
    try {
      const phone = await phoneContext.newPage();
      await signIn(phone, "maria@acme.test");
      await phone.goto("/admin/members");
      const sections = phone.getByRole("navigation", { name: "Console sections" });
      await sections.getByRole("link", { name: "Audit log" }).waitFor();
      expect(await sections.getByRole("link").allTextContents()).toEqual([
        "Overview",
        "Members and invites",
        "Groups",
        "Datasources",
        "Audit log",
      ]);
      const members = phone.getByRole("table", { name: "Members of this organization" });
      await members.getByRole("row").filter({ hasText: "admin@acme.test" }).waitFor();
      // Inviting is a manager's job; changing roles and removing members is an admin's.
      await phone.getByRole("button", { name: "Send invite" }).waitFor();
      expect(await members.getByRole("combobox").count()).toBe(0);
      expect(await members.getByRole("button", { name: /^Remove/ }).count()).toBe(0);

      await phone.goto("/admin/models");
      await phone.getByRole("heading", { name: "Not allowed" }).waitFor();
      await phone.goto("/admin/members");
      await members.waitFor();
      const widths = (await phone.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]",
      )) as number[];
      expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
      expect(await seriousViolations(phone), "axe at phone width").toEqual([]);
    } finally {
      await phoneContext.close();
    }
  });

  it("gives a viewer no console link and says not allowed at /admin without reading admin data", async () => {
    const viewerContext = await newContext();
    try {
      const viewer = await viewerContext.newPage();
      const adminReads: string[] = [];
      viewer.on("request", (request) => {
        const path = new URL(request.url()).pathname;
        if (/^\/v1\/(members|invites|models\/|prompts|privacy|audit)/.test(path)) adminReads.push(path);
      });
      await signIn(viewer, "viewer@acme.test");
      // Only what /admin reads counts: the workbench itself may read prompts or models for its own screens.
      await viewer.getByRole("button", { name: "Account and preferences" }).click();
      await viewer.getByRole("button", { name: "Sign out" }).waitFor();
      expect(await viewer.getByRole("link", { name: "Admin console" }).count()).toBe(0);

      adminReads.length = 0;
      await viewer.goto("/admin/members");
      await viewer.getByRole("heading", { name: "Not allowed" }).waitFor();
      expect(await viewer.getByRole("navigation", { name: "Console sections" }).count()).toBe(0);
      expect(adminReads).toEqual([]);
      expect(await seriousViolations(viewer), "axe on not allowed").toEqual([]);
    } finally {
      await viewerContext.close();
    }
  });
});
