import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schema } from "@penny/db";
import { and, eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCREENSHOT = path.join(REPO_ROOT, "docs/images/workbench.png");
const QUESTION = "What's our revenue this quarter?";

const session = useE2eSession();

function newContext(viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  return recordingContext(session, { viewport });
}

/** The text of the answer as the server stored it: what the streamed message must show. */
async function storedAnswerText(page: Page): Promise<string> {
  const conversationId = new URL(page.url()).pathname.split("/").at(-1);
  const response = await page.request.get(`/v1/conversations/${conversationId}`);
  const detail = (await response.json()) as {
    messages: { id: string; role: string; parts: { type: string; text?: string }[] }[];
    activePath: string[];
  };
  const answerId = detail.activePath.at(-1);
  const answer = detail.messages.find((message) => message.id === answerId);
  return answer?.parts.findLast((part) => part.type === "text")?.text ?? "";
}

describe("the workbench in Chromium", () => {
  it("signs in, asks, shows the tool card, the chart and the answer, then speaks Spanish", async () => {
    const context = await newContext();
    const page = await context.newPage();

    await page.goto("/");
    await page.waitForURL(/\/login$/);
    await page.getByRole("heading", { name: "Sign in to Penny" }).waitFor();
    expect(await seriousViolations(page), "axe on the sign-in page").toEqual([]);

    // A wrong password is refused in words, and the form stays usable.
    await page.getByLabel("Email").fill("admin@acme.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "The email or the password is not right." }).waitFor();

    await signIn(page, "admin@acme.test");
    const composer = page.getByRole("textbox", { name: "Message" });
    await composer.fill(QUESTION);
    await page.getByRole("button", { name: "Send" }).click();

    const toolCard = page.getByRole("article", { name: /Company KPIs/ });
    await toolCard.waitFor();
    expect(await toolCard.textContent()).toContain("get_company_kpis");
    await toolCard.getByText("Done").waitFor();
    // The server's timing of the call shows on the card, spoken as a duration.
    const duration = toolCard.locator(".tool-card__duration");
    await duration.waitFor();
    expect(await duration.textContent()).toMatch(/^Ran for\s\d+(\.\d)?\s(ms|s)$/);

    const panel = page.getByRole("complementary");
    await panel.locator(".chart-artifact__canvas svg").first().waitFor();
    expect(
      await panel.locator(".chart-artifact__canvas svg .mark-line, .chart-artifact__canvas svg path").count(),
    ).toBeGreaterThan(0);

    // The conversation got its title from the question, in the list and the page heading.
    await page.getByRole("heading", { level: 1, name: QUESTION }).waitFor();
    await page
      .getByRole("navigation", { name: "Conversations" })
      .getByRole("link", { name: QUESTION })
      .waitFor();

    const answer = page.locator(".message--assistant").last();
    await answer.getByRole("button", { name: "Answer again" }).waitFor();
    const stored = await storedAnswerText(page);
    expect(stored.length).toBeGreaterThan(0);
    const shown = ((await answer.locator(".markdown").last().textContent()) ?? "").replace(/\s+/g, " ");
    for (const line of stored.split("\n").map((text) => text.replace(/^[-*]\s*/, "").trim())) {
      if (line) expect(shown).toContain(line.replace(/\s+/g, " "));
    }

    expect(await seriousViolations(page), "axe on the workbench").toEqual([]);
    if (process.env.PENNY_SCREENSHOTS === "1") {
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }

    // A reload keeps the conversation: the page comes back at /c/<id> from the server's stored parts.
    await page.reload();
    await page.getByRole("article", { name: /Company KPIs/ }).waitFor();
    await page.getByRole("complementary").locator(".chart-artifact__canvas svg").first().waitFor();

    await page.getByRole("button", { name: "Account and preferences" }).click();
    await page.getByLabel("Language").selectOption("es");
    await page.getByRole("textbox", { name: "Mensaje" }).waitFor();
    await page.getByRole("button", { name: "Enviar" }).waitFor();
    await page.getByRole("button", { name: "Nueva conversación" }).waitFor();
    await page
      .getByRole("article", { name: /Indicadores de la empresa/ })
      .getByText("Hecho")
      .waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("es");
    expect(await seriousViolations(page), "axe on the workbench in Spanish").toEqual([]);

    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("at a phone's width, keeps the list in a drawer opened from the top bar", async () => {
    const context = await newContext({ width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, "maria@acme.test");
    const list = page.getByRole("navigation", { name: "Conversations" });
    expect(await list.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Show conversations" }).click();
    await list.getByRole("button", { name: "New conversation" }).waitFor();
    await page.keyboard.press("Escape");
    await list.waitFor({ state: "hidden" });
    expect(await seriousViolations(page), "axe at phone width").toEqual([]);
    await context.close();
  });

  it("pauses a tool call for approval, and runs it with the arguments the person edited", async () => {
    const { database, acme } = session.server.testApp;
    const tools = schema.tools;
    await database.withTenant(acme.id, (tx) =>
      tx
        .insert(tools)
        .values({
          tenantId: acme.id,
          name: "get_company_kpis",
          source: "builtin",
          inputSchema: {},
          requiresApproval: true,
        })
        .onConflictDoUpdate({ target: [tools.tenantId, tools.name], set: { requiresApproval: true } }),
    );
    const context = await newContext();
    try {
      const page = await context.newPage();
      await signIn(page, "maria@acme.test");
      await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
      await page.getByRole("button", { name: "Send" }).click();

      const card = page.getByRole("article", { name: /Company KPIs/ });
      await card.getByText("Needs your approval").waitFor();
      expect(await seriousViolations(page), "axe with an approval waiting").toEqual([]);
      await card.getByRole("button", { name: "Edit arguments" }).click();
      const editor = card.getByLabel("Arguments (JSON)");
      const edited = { ...JSON.parse(await editor.inputValue()), period: "YTD" };
      await editor.fill(JSON.stringify(edited));
      await card.getByRole("button", { name: "Approve with these arguments" }).click();

      await card.getByText("Done").waitFor();
      expect(await card.locator(".tool-card__summary").textContent()).toContain("YTD");
      await page.getByRole("complementary").locator(".chart-artifact__canvas svg").first().waitFor();
      await page
        .locator(".message--assistant")
        .last()
        .getByRole("button", { name: "Answer again" })
        .waitFor();
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await database.withTenant(acme.id, (tx) =>
        tx.delete(tools).where(and(eq(tools.tenantId, acme.id), eq(tools.name, "get_company_kpis"))),
      );
    }
  });

  it("resumes an answer transparently when the connection drops in the middle", async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      // Cut the answer's stream after its first events, as a dropped connection would.
      await page.route("**/v1/chat/*/messages", async (route) => {
        const response = await route.fetch();
        const events = (await response.text()).split("\n\n");
        const cutAt = events.findIndex((event) => event.includes('"tool-input-available"'));
        expect(cutAt).toBeGreaterThan(0);
        await route.fulfill({ response, body: `${events.slice(0, cutAt + 1).join("\n\n")}\n\n` });
      });
      const resumedFrom: string[] = [];
      page.on("request", (request) => {
        const lastEventId = request.headers()["last-event-id"];
        if (request.url().includes("/stream") && lastEventId) resumedFrom.push(lastEventId);
      });
      await signIn(page, "dev@acme.test");
      await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
      await page.getByRole("button", { name: "Send" }).click();

      const answer = page.locator(".message--assistant").last();
      await answer.getByRole("button", { name: "Answer again" }).waitFor();
      expect(resumedFrom.length).toBeGreaterThan(0);
      expect(await answer.getByRole("article", { name: /Company KPIs/ }).count()).toBe(1);
      await answer
        .getByRole("article", { name: /Company KPIs/ })
        .getByText("Done")
        .waitFor();
      await page.getByRole("complementary").locator(".chart-artifact__canvas svg").first().waitFor();
      const stored = await storedAnswerText(page);
      const shown = ((await answer.locator(".markdown").last().textContent()) ?? "").replace(/\s+/g, " ");
      expect(shown).toContain(stored.split("\n")[0]?.trim());
    } finally {
      await context.close();
    }
  });

  it("after a reload, replays an answer the server had not finished storing", async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await signIn(page, "admin@acme.test");
      await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
      await page.getByRole("button", { name: "Send" }).click();
      await page
        .locator(".message--assistant")
        .last()
        .getByRole("button", { name: "Answer again" })
        .waitFor();

      // The server stores an answer's parts when it ends; until then a reload finds it empty. Show the page that
      // state once (the stored answer emptied), so it must take the answer from the event stream.
      const conversationUrl = new URL(page.url()).pathname;
      await page.route(`**/v1/conversations/${conversationUrl.split("/").at(-1)}`, async (route) => {
        const response = await route.fetch();
        const detail = (await response.json()) as {
          messages: { id: string; parts: unknown[] }[];
          activePath: string[];
        };
        const answerId = detail.activePath.at(-1);
        for (const message of detail.messages) if (message.id === answerId) message.parts = [];
        await route.fulfill({ response, json: detail });
        await page.unroute(`**/v1/conversations/${conversationUrl.split("/").at(-1)}`);
      });
      const replays: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("/stream?after=")) replays.push(request.url());
      });
      await page.reload();

      const answer = page.locator(".message--assistant").last();
      await answer.getByRole("button", { name: "Answer again" }).waitFor();
      expect(replays.length).toBe(1);
      expect(await answer.getByRole("article", { name: /Company KPIs/ }).count()).toBe(1);
      await answer
        .getByRole("article", { name: /Company KPIs/ })
        .getByText("Done")
        .waitFor();
      const stored = await storedAnswerText(page);
      const shown = ((await answer.locator(".markdown").last().textContent()) ?? "").replace(/\s+/g, " ");
      expect(shown).toContain(stored.split("\n")[0]?.trim());
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("edits a question into a new branch, switches branches, renames and finds by keyboard", async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await signIn(page, "dev@acme.test");
      await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
      await page.keyboard.press("Enter");
      const lastAnswer = page.locator(".message--assistant").last();
      await lastAnswer.getByRole("button", { name: "Answer again" }).waitFor();

      const edited = "What's our revenue so far this year?";
      await page.getByRole("button", { name: "Edit the question" }).click();
      await page.getByLabel("Your question").fill(edited);
      await page.getByRole("button", { name: "Save and send" }).click();
      await page.locator(".message--user").getByText("2 / 2").waitFor();
      await lastAnswer.getByRole("button", { name: "Answer again" }).waitFor();
      expect(await page.locator(".message__question").first().textContent()).toBe(edited);
      await page.locator(".message--user").getByRole("button", { name: "Previous version" }).click();
      await page.locator(".message--user").getByText("1 / 2").waitFor();
      expect(await page.locator(".message__question").first().textContent()).toBe(QUESTION);

      const conversations = page.getByRole("navigation", { name: "Conversations" });
      await conversations
        .getByRole("button", { name: /Actions for/ })
        .first()
        .focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      await page.getByLabel("Conversation title").fill("Quarterly revenue");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 1, name: "Quarterly revenue" }).waitFor();

      // Ctrl+K opens the command palette now; the search keeps Ctrl+Shift+F.
      await page.keyboard.press("Control+Shift+F");
      await page.keyboard.type("no such words anywhere");
      await conversations.getByText("No conversation matches your search.").waitFor();
      await page.getByLabel("Search conversations").fill("revenue");
      await conversations.getByRole("link", { name: /Quarterly revenue/ }).waitFor();

      const resizer = page.getByRole("separator", { name: "Resize the conversation list" });
      const before = Number(await resizer.getAttribute("aria-valuenow"));
      await resizer.focus();
      await page.keyboard.press("ArrowRight");
      expect(Number(await resizer.getAttribute("aria-valuenow"))).toBeGreaterThan(before);

      // Move to the trash, then Undo: the conversation comes back as it was (nothing is asked again).
      const conversationPath = new URL(page.url()).pathname;
      const countMessages = async () => {
        const detail = await (
          await page.request.get(`/v1${conversationPath.replace("/c/", "/conversations/")}`)
        ).json();
        return (detail as { messages: unknown[] }).messages.length;
      };
      const stored = await countMessages();
      await conversations
        .getByRole("button", { name: /Actions for/ })
        .first()
        .click();
      await page.getByRole("menuitem", { name: "Move to trash" }).click();
      await page.getByRole("status").filter({ hasText: "moved to the trash" }).waitFor();
      await page.waitForURL((url) => url.pathname === "/");
      await page.getByRole("button", { name: "Undo" }).click();
      await page.waitForURL((url) => url.pathname === conversationPath);
      await page
        .locator(".message--assistant")
        .last()
        .getByRole("button", { name: "Answer again" })
        .waitFor();
      expect(await countMessages()).toBe(stored);
    } finally {
      await context.close();
    }
  });
});
