import type { BrowserContext, Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const QUESTION = "What's our revenue this quarter?";

const session = useE2eSession();

function newContext(viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  return recordingContext(session, { viewport });
}

/** A signed-in page in a fresh context, recording what it sends to the chat. */
async function openPage(email: string, viewport?: { width: number; height: number }) {
  const context = await newContext(viewport);
  const page = await context.newPage();
  const sends = recordSends(page);
  await signIn(page, email);
  return { context, page, sends };
}

/** Checks that nothing broke the page's Content-Security-Policy, then closes the context. */
async function finish(context: BrowserContext, page: Page) {
  expect(await cspViolations(page)).toEqual([]);
  await context.close();
}

/** The bodies of the chat sends this page makes (POST /v1/chat/:id/messages), in order. */
function recordSends(page: Page): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && /\/v1\/chat\/[^/]+\/messages$/.test(new URL(request.url()).pathname)) {
      bodies.push(request.postDataJSON() as Record<string, unknown>);
    }
  });
  return bodies;
}

/** Waits until the answer to the last question is finished (its actions show). */
async function answered(page: Page, count: number) {
  await page
    .locator(".message--assistant")
    .nth(count - 1)
    .getByRole("button", { name: "Answer again" })
    .waitFor();
}

async function ask(page: Page, text: string, answers: number) {
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await answered(page, answers);
}

/** Writes through the API as the signed-in person (the CSRF token comes from GET /v1/me). */
async function apiWrite(page: Page, method: "POST" | "DELETE", path: string, data?: unknown) {
  const me = (await (await page.request.get("/v1/me")).json()) as { csrfToken?: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { "x-csrf-token": me.csrfToken ?? "" },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path}`).toBe(true);
}

async function memories(page: Page): Promise<string[]> {
  const answer = (await (await page.request.get("/v1/memories")).json()) as {
    memories: { content: string }[];
  };
  return answer.memories.map((memory) => memory.content);
}

describe("chat features in Chromium", () => {
  it("regenerates an answer and compares the two versions side by side, stacked on a phone", async () => {
    const { context, page } = await openPage("admin@acme.test");
    await ask(page, QUESTION, 1);

    await page.getByRole("button", { name: "Answer again" }).click();
    const answer = page.locator(".message--assistant").last();
    await answer.getByText("2 / 2").waitFor();
    await answered(page, 1);

    const compareRequest = page.waitForRequest((request) => request.url().includes("/compare?"));
    const compareButton = answer.getByRole("button", { name: "Compare versions" });
    await compareButton.click();
    const url = new URL((await compareRequest).url());
    expect(url.searchParams.get("a")).not.toBe(url.searchParams.get("b"));

    const dialog = page.getByRole("dialog", { name: "Compare versions" });
    const second = dialog.getByRole("region", { name: "Version 2 of 2" });
    const first = dialog.getByRole("region", { name: "Version 1 of 2" });
    await second.getByRole("article", { name: /Company KPIs/ }).waitFor();
    await first.getByRole("article", { name: /Company KPIs/ }).waitFor();
    // The question both answers share is shown once, above the columns.
    await dialog.locator(".compare__shared").getByText(QUESTION).waitFor();

    const [left, right] = [await second.boundingBox(), await first.boundingBox()];
    expect(left && right && Math.abs(left.y - right.y) < 2 && right.x >= left.x + left.width - 2).toBe(true);
    expect(await seriousViolations(page), "axe on the comparison").toEqual([]);

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await compareButton.evaluate((element) => element.matches(":focus"))).toBe(true);

    // On a phone the two versions stack, one above the other, and Close returns to the chat.
    await page.setViewportSize({ width: 390, height: 844 });
    // At this width the artifact panel is a drawer over the chat: close it first.
    await page.getByRole("button", { name: "Close the side panel" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("complementary").waitFor({ state: "hidden" });
    await compareButton.click();
    await second.getByRole("article", { name: /Company KPIs/ }).waitFor();
    const [top, bottom] = [await second.boundingBox(), await first.boundingBox()];
    expect(top && bottom && bottom.y >= top.y + top.height - 2).toBe(true);
    expect(await seriousViolations(page), "axe on the comparison at phone width").toEqual([]);
    await dialog.getByRole("button", { name: "Close the comparison" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("textbox", { name: "Message" }).waitFor();

    await finish(context, page);
  });

  it("restricts a message's tools with /kpis and the tools picker", async () => {
    const { context, page, sends } = await openPage("dev@acme.test");
    const composer = page.getByRole("textbox", { name: "Message" });

    await composer.pressSequentially("/kp");
    const list = page.getByRole("listbox", { name: "Tool commands" });
    const option = list.getByRole("option", { name: /\/kpis/ });
    expect(await option.getAttribute("aria-selected")).toBe("true");
    expect(await composer.getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    expect(await seriousViolations(page), "axe on the composer with the tool commands open").toEqual([]);
    await composer.press("Enter");
    await list.waitFor({ state: "detached" });
    const chip = page.locator(".composer-chip").filter({ hasText: "Only Company KPIs for this message" });
    await chip.waitFor();
    expect(await composer.inputValue()).toBe("");

    // A second command can be chosen with the arrow keys and removed again.
    await composer.pressSequentially("/");
    await list.waitFor();
    await composer.press("ArrowDown");
    const highlighted = list.locator('[aria-selected="true"]');
    expect(await highlighted.textContent()).toContain("/dashboard");
    await composer.press("Enter");
    await page.getByRole("button", { name: "Remove Dashboard" }).click();
    expect(await page.locator(".composer-chip").count()).toBe(1);

    await composer.pressSequentially(QUESTION);
    await page.getByRole("button", { name: "Send" }).click();
    await answered(page, 1);
    expect(sends[0]).toMatchObject({ content: QUESTION, toolsAllowed: ["get_company_kpis"] });
    expect(await chip.count()).toBe(0);

    // The tools picker limits the next messages until changed.
    await page.getByRole("button", { name: "Tools allowed: All tools" }).click();
    await page.getByRole("checkbox", { name: /^Chart/ }).uncheck();
    await page.keyboard.press("Escape");
    await ask(page, "And so far this year?", 2);
    const limited = sends[1]?.toolsAllowed as string[];
    expect(limited).not.toContain("render_chart");
    expect(limited).toContain("get_company_kpis");
    await page.getByRole("button", { name: /^Tools allowed: \d+ tools$/ }).waitFor();

    await finish(context, page);
  });

  it("saves the current setup as a preset, applies it and sends its id", async () => {
    const { context, page, sends } = await openPage("maria@acme.test");

    await page.getByRole("button", { name: "Preset: No preset" }).click();
    await page.getByRole("button", { name: "Save current setup as preset…" }).click();
    await page.getByLabel("Name").fill("Board prep");
    await page.getByLabel("Instructions (added to every answer)").fill("Answer in two short sentences.");
    await page.getByRole("button", { name: "Save preset" }).click();
    await page.getByRole("status").filter({ hasText: "Preset “Board prep” saved and applied." }).waitFor();

    const listed = (await (await page.request.get("/v1/presets")).json()) as {
      presets: { id: string; name: string; scope: string; instructions: string }[];
    };
    const preset = listed.presets.find((entry) => entry.name === "Board prep");
    expect(preset).toMatchObject({ scope: "personal", instructions: "Answer in two short sentences." });

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Preset: Board prep" }).waitFor();
    await ask(page, QUESTION, 1);
    expect(sends[0]?.presetId).toBe(preset?.id);

    // No preset: nothing sent; applying it again from the list: its id again.
    await page.getByRole("button", { name: "Preset: Board prep" }).click();
    await page.getByRole("radio", { name: "No preset" }).check();
    await page.keyboard.press("Escape");
    await ask(page, "And so far this year?", 2);
    expect(sends[1]).not.toHaveProperty("presetId");
    await page.getByRole("button", { name: "Preset: No preset" }).click();
    await page.getByRole("radio", { name: "Board prep" }).check();
    await page.keyboard.press("Escape");
    await ask(page, "And this month?", 3);
    expect(sends[2]?.presetId).toBe(preset?.id);

    await finish(context, page);
  });

  it("remembers, lists and forgets, in English and Spanish, and keeps memory off for a conversation", async () => {
    const { context, page } = await openPage("admin@acme.test");
    await page.getByRole("textbox", { name: "Message" }).fill("remember that my team is Borealis");
    await page.getByRole("button", { name: "Send" }).click();
    await page
      .locator(".chat-note")
      .filter({ hasText: /^Saved to memory: .*Borealis/ })
      .waitFor();
    await answered(page, 1);
    expect((await memories(page)).some((content) => content.includes("Borealis"))).toBe(true);

    // The memory switch of this conversation, off, survives a reload.
    await page.getByRole("button", { name: "Conversation options" }).click();
    const toggle = page.getByRole("checkbox", { name: "Use memory in this conversation" });
    expect(await toggle.isChecked()).toBe(true);
    const patched = page.waitForResponse(
      (response) => response.request().method() === "PATCH" && response.url().includes("/v1/conversations/"),
    );
    await toggle.uncheck();
    expect((await patched).ok()).toBe(true);
    await page.getByText("Memory off").waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Conversation options" }).click();
    expect(await page.getByRole("checkbox", { name: "Use memory in this conversation" }).isChecked()).toBe(
      false,
    );
    const conversationId = new URL(page.url()).pathname.split("/").at(-1);
    const stored = (await (await page.request.get(`/v1/conversations/${conversationId}`)).json()) as {
      conversation: { memoryEnabled: boolean };
    };
    expect(stored.conversation.memoryEnabled).toBe(false);
    await page.keyboard.press("Escape");

    // The memory screen lists the fact; forgetting it asks first, and the server forgets it.
    await page.getByRole("button", { name: "Account and preferences" }).click();
    await page.getByRole("button", { name: "Memory" }).click();
    const dialog = page.getByRole("dialog", { name: "Memory" });
    const fact = dialog.getByRole("listitem").filter({ hasText: "Borealis" });
    await fact.waitFor();
    expect(await seriousViolations(page), "axe on the memory screen").toEqual([]);
    await fact.getByRole("button", { name: /^Forget “.*Borealis.*”$/ }).click();
    await fact.getByRole("button", { name: "Yes, forget" }).click();
    await fact.waitFor({ state: "detached" });
    expect((await memories(page)).some((content) => content.includes("Borealis"))).toBe(false);
    await dialog.getByRole("button", { name: "Close memory" }).click();
    await dialog.waitFor({ state: "detached" });

    // In Spanish: two facts, forgotten all at once after a confirmation.
    await apiWrite(page, "POST", "/v1/memories", { content: "I work in the Madrid office" });
    await apiWrite(page, "POST", "/v1/memories", { content: "I prefer charts to tables" });
    await page.getByRole("button", { name: "Account and preferences" }).click();
    await page.getByLabel("Language").selectOption("es");
    await page.getByRole("button", { name: "Memoria" }).click();
    const memoria = page.getByRole("dialog", { name: "Memoria" });
    await memoria.getByText("I prefer charts to tables").waitFor();
    expect(await seriousViolations(page), "axe on the memory screen in Spanish").toEqual([]);
    await memoria.getByRole("button", { name: "Olvidarlo todo" }).click();
    await memoria.getByText("¿Olvidar las 2 cosas que Penny recuerda de ti? No se puede deshacer.").waitFor();
    await memoria.getByRole("button", { name: "Sí, olvidar" }).click();
    await memoria.getByText("Penny aún no recuerda nada de ti.").waitFor();
    expect(await memories(page)).toEqual([]);

    await finish(context, page);
  });

  it("offers a clarifying question's options as quick replies", async () => {
    const { context, page, sends } = await openPage("admin@acme.test");
    await ask(page, "Show KPIs for the Zephyr business unit", 1);
    const replies = page.getByRole("list", { name: "Quick replies" });
    const first = replies.getByRole("button").first();
    const option = (await first.textContent()) ?? "";
    expect(option.length).toBeGreaterThan(0);
    await first.click();
    await answered(page, 2);
    expect(sends[1]?.content).toBe(option);
    await finish(context, page);
  });
});
