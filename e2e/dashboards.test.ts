import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, useE2eSession } from "./support/e2e-session.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCREENSHOT = path.join(REPO_ROOT, "docs/images/dashboard.png");
const SLUGS = [
  "company-health",
  "finance-snapshot",
  "sales-funnel",
  "ops-incidents",
  "hiring-pipeline",
  "project-timeline",
];

interface WidgetAnswer {
  widget: { id: string; kind: string; title: string; data: Record<string, unknown>; charts: unknown[] };
}
interface DashboardAnswer {
  dashboard: { widgets: { id: string }[] };
  widgets: { id: string; position: { x: number; y: number; w: number; h: number } }[];
}

const session = useE2eSession();

function newContext(locale = "en-US", width = 1280): Promise<BrowserContext> {
  return recordingContext(session, { locale, viewport: { width, height: 900 } });
}

async function signIn(page: Page, labels = { email: "Email", password: "Password", submit: "Sign in" }) {
  await page.goto("/login");
  await page.getByLabel(labels.email).fill("admin@acme.test");
  await page.getByLabel(labels.password).fill("penny-demo");
  await page.getByRole("button", { name: labels.submit }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** The API's answer for one widget, read with the page's session. */
async function widgetFromApi(page: Page, slug: string, widgetId: string, query = ""): Promise<WidgetAnswer> {
  const response = await page.request.get(`/v1/dashboards/${slug}/widgets/${widgetId}${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as WidgetAnswer;
}

/** Waits until every widget of the dashboard has loaded: no widget busy, none failed. */
async function waitForWidgets(page: Page) {
  await page.locator("section.widget-card").first().waitFor();
  await expect
    .poll(() => page.locator('section.widget-card[aria-busy="true"]').count(), { timeout: 30_000 })
    .toBe(0);
  expect(await page.locator("section.widget-card [role=alert]").allTextContents()).toEqual([]);
}

describe("dashboard mode", () => {
  it("renders the six dashboards: a drawing per chart the API returns and figures in the KPI tiles", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    for (const slug of SLUGS) {
      await page.goto(`/d/${slug}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await waitForWidgets(page);
      const dashboard = (await (await page.request.get(`/v1/dashboards/${slug}`)).json()) as DashboardAnswer;
      for (const { id } of dashboard.dashboard.widgets) {
        const answer = await widgetFromApi(page, slug, id);
        const card = page.locator(`section[data-widget="${id}"]`);
        await expect
          .poll(() => card.locator(".dashboard-chart__canvas svg, .dashboard-chart__canvas canvas").count(), {
            message: `${slug}/${id} charts`,
            timeout: 30_000,
          })
          .toBe(answer.widget.charts.length);
        const figures = await card.getByTestId("kpi-value").allTextContents();
        expect(figures.length, `${slug}/${id} KPI tiles`).toBeGreaterThan(0);
        expect(
          figures.some((figure) => /\d/.test(figure)),
          `${slug}/${id} numbers`,
        ).toBe(true);
      }
    }
    if (process.env.PENNY_SCREENSHOTS === "1") {
      await page.goto("/d/company-health");
      await waitForWidgets(page);
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("applies the period filter to every widget's request, keeps it in the URL and shows the API's figure", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.goto("/d/sales-funnel");
    await waitForWidgets(page);
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("QTD");

    const requested = page.waitForRequest(
      (request) =>
        request.url().includes("/v1/dashboards/sales-funnel/widgets/sales-funnel") &&
        new URL(request.url()).searchParams.get("period") === "YTD",
    );
    await page.getByRole("combobox", { name: "Period" }).selectOption("YTD");
    await requested;
    await page.waitForURL((url) => url.searchParams.get("period") === "YTD");
    await waitForWidgets(page);

    const expected = await widgetFromApi(page, "sales-funnel", "sales-funnel", "?period=YTD");
    const totals = expected.widget.data.totals as { openDeals: number };
    const tile = page.locator('section[data-widget="sales-funnel"] .kpi-tile', { hasText: "Open deals" });
    await expect
      .poll(() => tile.getByTestId("kpi-value").textContent(), { timeout: 30_000 })
      .toBe(new Intl.NumberFormat("en-US").format(totals.openDeals));

    // A reload (or a shared link) keeps the filter.
    await page.reload();
    await waitForWidgets(page);
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("YTD");
    await context.close();
  });

  it("drills down from a table row (keyboard) to a business unit, and from a chart mark to a detail", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.goto("/d/company-health?period=QTD");
    await waitForWidgets(page);
    const health = await widgetFromApi(page, "company-health", "company-health", "?period=QTD");
    const unit = (health.widget.data.revenueByUnit as { businessUnitId: string; businessUnit: string }[])[0];
    expect(unit).toBeDefined();
    if (!unit) return;

    const filtered = page.waitForRequest(
      (request) =>
        request.url().includes("/v1/dashboards/company-health/widgets/") &&
        new URL(request.url()).searchParams.get("businessUnitId") === unit.businessUnitId,
    );
    const row = page.getByRole("button", { name: `Narrow the dashboard to ${unit.businessUnit}` });
    await row.focus();
    await page.keyboard.press("Enter");
    await filtered;
    await page.waitForURL((url) => url.searchParams.get("businessUnitId") === unit.businessUnitId);
    await waitForWidgets(page);
    expect(await page.getByRole("combobox", { name: "Business unit" }).inputValue()).toBe(
      unit.businessUnitId,
    );

    // A click on a bar of the funnel opens that stage's rows per business unit.
    await page.goto("/d/sales-funnel");
    await waitForWidgets(page);
    const mark = page
      .locator(
        'section[data-widget="sales-funnel"] .dashboard-chart__canvas path[aria-roledescription="bar"]',
      )
      .first();
    await mark.click();
    await page.locator('section[data-widget="sales-funnel"] section.widget-detail').waitFor();
    await page.getByRole("button", { name: "Close detail" }).click();
    await context.close();
  });

  it("moves a widget, saves the layout, keeps it after a reload and in the API, then resets it", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.goto("/d/sales-funnel");
    await waitForWidgets(page);
    const before = (await (await page.request.get("/v1/dashboards/sales-funnel")).json()) as DashboardAnswer;
    const start = before.widgets.find((widget) => widget.id === "sales-funnel")?.position;
    expect(start).toBeDefined();

    await page.getByRole("button", { name: "Edit layout" }).click();
    await page.getByRole("button", { name: "Make Sales funnel narrower" }).click();
    await page.getByRole("button", { name: "Move Finance snapshot down" }).click();
    await page.getByRole("button", { name: "Save layout" }).click();
    await page.getByRole("status").filter({ hasText: "Layout saved." }).waitFor();

    const saved = (await (await page.request.get("/v1/dashboards/sales-funnel")).json()) as DashboardAnswer;
    const funnel = saved.widgets.find((widget) => widget.id === "sales-funnel")?.position;
    const finance = saved.widgets.find((widget) => widget.id === "finance-snapshot")?.position;
    expect(funnel?.w).toBe((start?.w ?? 0) - 1);
    expect(finance?.y).toBeGreaterThan(0);

    await page.reload();
    await waitForWidgets(page);
    await page.getByRole("button", { name: "Edit layout" }).click();
    await page
      .locator('section[data-widget="sales-funnel"] .widget-card__position')
      .filter({ hasText: `${funnel?.w} columns wide` })
      .waitFor();

    // The pointer does the same: dragging the resize handle two columns to the left narrows the widget.
    const handle = page.getByRole("button", { name: "Drag to resize Sales funnel" });
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    const gridWidth = (await page.locator(".dashboard-grid").boundingBox())?.width ?? 0;
    expect(box).not.toBeNull();
    if (box) {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - gridWidth / 12, y, { steps: 4 });
      await page.mouse.move(x - (2 * gridWidth) / 12, y, { steps: 4 });
      await page.mouse.up();
    }
    await page
      .locator('section[data-widget="sales-funnel"] .widget-card__position')
      .filter({ hasText: `${(funnel?.w ?? 0) - 2} columns wide` })
      .waitFor();
    // And the arrow keys on the move handle move it.
    await page.getByRole("button", { name: "Drag to move Finance snapshot" }).focus();
    await page.keyboard.press("ArrowUp");
    await page
      .locator('section[data-widget="finance-snapshot"] .widget-card__position')
      .filter({ hasText: "row 1," })
      .waitFor();

    await page.getByRole("button", { name: "Reset layout" }).click();
    await page.getByRole("status").filter({ hasText: "Layout reset" }).waitFor();
    const reset = (await (await page.request.get("/v1/dashboards/sales-funnel")).json()) as DashboardAnswer;
    expect(reset.widgets.find((widget) => widget.id === "sales-funnel")?.position).toEqual(start);
    await context.close();
  });

  it("opens a dashboard the assistant loaded from the chat, and goes back to the conversation", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.getByRole("textbox", { name: "Message" }).fill("Open the sales funnel dashboard");
    await page.getByRole("button", { name: "Send" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/c/"));
    const conversation = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Open dashboard" }).click({ timeout: 60_000 });
    await page.waitForURL((url) => url.pathname === "/d/sales-funnel");
    await waitForWidgets(page);
    await page.getByRole("heading", { level: 1, name: "Sales funnel" }).waitFor();
    await page.getByRole("button", { name: "Back to the conversation" }).click();
    await page.waitForURL((url) => url.pathname === conversation);
    await context.close();
  });

  it("passes axe and the CSP on a dashboard, also while editing the layout", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page);
    await page.goto("/d/ops-incidents");
    await waitForWidgets(page);
    expect(await seriousViolations(page), "axe on a dashboard").toEqual([]);
    await page.getByRole("button", { name: "Edit layout" }).click();
    expect(await seriousViolations(page), "axe while editing the layout").toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("speaks Spanish at phone width and passes axe there", async () => {
    const spanish = await newContext("es-ES", 390);
    const phone = await spanish.newPage();
    await signIn(phone, { email: "Correo electrónico", password: "Contraseña", submit: "Iniciar sesión" });
    await phone.goto("/d/hiring-pipeline");
    await waitForWidgets(phone);
    await phone.getByRole("button", { name: "Volver a la conversación" }).waitFor();
    expect(await phone.getByRole("combobox", { name: "Periodo" }).inputValue()).toBe("QTD");
    await phone.getByRole("table", { name: "Candidatos por etapa" }).waitFor();
    expect(await seriousViolations(phone), "axe on a dashboard in Spanish at phone width").toEqual([]);
    await spanish.close();
  });
});
