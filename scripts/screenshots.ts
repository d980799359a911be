/**
 * `npm run screenshots`: starts Penny on embedded defaults, drives Debian's Chromium through the main screens as
 * the demo admin and writes them to docs/screenshots/ (the README shows them). Run it after changing how a screen
 * looks; the pictures are committed.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { type NamedArtifact, storeAnswerNaming } from "../e2e/support/artifact-answer.ts";
import { launchChromium } from "../e2e/support/browser.ts";
import { signIn } from "../e2e/support/e2e-session.ts";
import { startPennyServer } from "../e2e/support/penny-server.ts";
import { ensureWebBuild } from "../e2e/support/web-build.ts";

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../docs/screenshots");

const DIAGRAM = `flowchart LR
  ask[Person asks] --> model{Model}
  model -->|needs data| kpis[get_company_kpis]
  model -->|needs a change| approval[Approval card]
  approval --> jira[Jira ticket]
  kpis --> chart[Chart artifact]
  jira --> slack[Slack message]`;

async function main() {
  ensureWebBuild();
  await mkdir(OUT, { recursive: true });
  const server = await startPennyServer();
  const browser = await launchChromium();
  const shot = async (page: Page, name: string, fullPage = false) => {
    await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
    console.log(`docs/screenshots/${name}.png`);
  };
  try {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1440, height: 900 },
      colorScheme: "light",
    });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await shot(page, "sign-in");

    await signIn(page, "admin@acme.test");
    await page.getByRole("textbox", { name: "Message" }).fill("Show me revenue this quarter as a chart");
    await page.getByRole("button", { name: "Send" }).click();
    await page.locator(".chart-artifact__canvas svg").first().waitFor();
    await page
      .getByRole("article", { name: /Company KPIs/ })
      .getByText("Done")
      .waitFor();
    await page.waitForTimeout(500);
    await shot(page, "chat-with-chart");

    // A diagram beside the conversation, from the artifact panel.
    const { app, users, headersFor } = server.testApp;
    const headers = await headersFor(users.admin);
    const conversation = await app.inject({
      method: "POST",
      url: "/v1/conversations",
      headers,
      payload: { title: "How Penny acts" },
    });
    const conversationId = conversation.json().conversation.id as string;
    const diagram = await app.inject({
      method: "POST",
      url: "/v1/artifacts",
      headers,
      payload: {
        kind: "diagram",
        title: "Ask, act, see",
        mime: "text/vnd.mermaid",
        content: DIAGRAM,
        conversationId,
      },
    });
    await storeAnswerNaming(server, conversationId, [diagram.json().artifact as NamedArtifact]);
    await page.goto(`/c/${conversationId}`);
    await page.getByRole("complementary").getByRole("img").first().waitFor();
    await page.waitForTimeout(500);
    await shot(page, "artifact-diagram");

    await page.goto("/d/sales-funnel");
    await page.locator("section.widget-card").first().waitFor();
    await page.waitForFunction(
      "document.querySelectorAll('section.widget-card[aria-busy=\"true\"]').length === 0",
    );
    await page.waitForTimeout(800);
    await shot(page, "dashboard-sales-funnel", true);

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Console sections" }).waitFor();
    await shot(page, "admin-console");

    await page.goto("/account");
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await shot(page, "account");

    await page.goto("/");
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await page.keyboard.press("Control+k");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.type("dash");
    await page.waitForTimeout(300);
    await shot(page, "command-palette");
    await context.close();

    const dark = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1440, height: 900 },
      colorScheme: "dark",
      locale: "es-ES",
    });
    const spanish = await dark.newPage();
    await spanish.goto("/login");
    await spanish.getByLabel("Correo electrónico").fill("admin@acme.test");
    await spanish.getByLabel("Contraseña").fill("penny-demo");
    await spanish.getByRole("button", { name: "Iniciar sesión" }).click();
    await spanish
      .getByRole("textbox", { name: "Mensaje" })
      .fill("¿Cuáles son los ingresos en lo que va del año?");
    await spanish.getByRole("button", { name: "Enviar" }).click();
    await spanish.locator(".chart-artifact__canvas svg").first().waitFor();
    await spanish.waitForTimeout(800);
    await shot(spanish, "chat-spanish-dark");
    await dark.close();

    const phone = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 390, height: 844 },
    });
    const small = await phone.newPage();
    await signIn(small, "admin@acme.test");
    await shot(small, "phone");
    await phone.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
