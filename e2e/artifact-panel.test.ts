import { readFile } from "node:fs/promises";
import { parquetReadObjects } from "hyparquet";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { storeAnswerNaming } from "./support/artifact-answer.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const session = useE2eSession();

interface ArtifactView {
  id: string;
  version: number;
  kind: string;
  title: string;
  mime: string;
  lineage: { toolName: string | null; messageId: string | null; parents: string[] };
}

const NOTES_V1 = "# Plan\n\nHire two engineers.\nShip the beta in March.\n";
const NOTES_V2 = "# Plan\n\nHire three engineers.\nShip the beta in March.\nOpen a Madrid office.\n";
const ROWS = 100_000;

/** 100,000 rows: id 1…100000, a region, an amount. */
function bigCsv(): string {
  const lines = ["id,region,amount"];
  for (let id = 1; id <= ROWS; id += 1) lines.push(`${id},region_${id % 7},${id * 1.5}`);
  return `${lines.join("\n")}\n`;
}

/** The demo admin's API, called in-process with their session headers. */
async function api(method: "GET" | "POST", url: string, payload?: object) {
  const { app, users, headersFor } = session.server.testApp;
  return app.inject({ method, url, headers: await headersFor(users.admin), ...(payload ? { payload } : {}) });
}

async function newConversation(title: string): Promise<string> {
  const response = await api("POST", "/v1/conversations", { title });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().conversation.id as string;
}

async function createArtifact(payload: object): Promise<ArtifactView> {
  const response = await api("POST", "/v1/artifacts", payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().artifact as ArtifactView;
}

/** The bytes of the file the page saves when `click` runs. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFile(await download.path());
}

const panelOf = (page: Page) => page.getByRole("complementary");

describe("artifact panel", () => {
  it("lists versions, switches between them, diffs them, opens a parent, and shares and revokes a link", async () => {
    const conversationId = await newConversation("Hiring plan");
    const notes = await createArtifact({
      kind: "markdown",
      title: "Hiring plan",
      mime: "text/markdown",
      content: NOTES_V1,
      conversationId,
    });
    const edited = await api("POST", `/v1/artifacts/${notes.id}/versions`, {
      mime: "text/markdown",
      content: NOTES_V2,
    });
    expect(edited.statusCode, edited.body).toBe(201);
    const latest = edited.json().artifact as ArtifactView;
    const summary = await createArtifact({
      kind: "markdown",
      title: "Plan summary",
      mime: "text/markdown",
      content: "Three hires, one office.\n",
      conversationId,
      parents: [notes.id],
    });
    await storeAnswerNaming(session.server, conversationId, [latest, summary]);

    const context = await recordingContext(session);
    const page = await context.newPage();
    try {
      await signIn(page, "admin@acme.test");
      await page.goto(`/c/${conversationId}`);
      const panel = panelOf(page);
      await panel
        .getByRole("combobox", { name: "Artifact" })
        .selectOption({ label: "Hiring plan (version 2)" });
      await panel.getByRole("heading", { level: 2, name: "Hiring plan" }).waitFor();

      // History: both versions, newest first, with what made them; the diff marks lines in words and signs.
      await panel.getByRole("button", { name: "History" }).click();
      const history = panel.getByRole("region", { name: "History" });
      await history.getByText("Version 2 · shown").waitFor();
      expect(await history.locator(".version-history__meta").allTextContents()).toEqual([
        expect.stringContaining("saved by you"),
        expect.stringContaining("saved by you"),
      ]);
      const diff = history.getByRole("list", { name: "Changes from version 1 to version 2" });
      await diff.waitFor();
      expect(await diff.locator('[data-diff="removed"]').allTextContents()).toEqual([
        "−Removed: Hire two engineers.",
      ]);
      expect(await diff.locator('[data-diff="added"]').allTextContents()).toEqual([
        "+Added: Hire three engineers.",
        "+Added: Open a Madrid office.",
      ]);
      expect(await diff.locator("ins").count()).toBe(2);
      expect(await diff.locator("del").count()).toBe(1);
      await history.getByText("Lines added: 2. Lines removed: 1.").waitFor();
      expect(await seriousViolations(page), "axe on the version history").toEqual([]);

      await history.getByRole("button", { name: "Show version 1" }).click();
      await panel.getByText("Document · version 1").waitFor();
      await panel.locator(".artifact-panel__body").getByText("Hire two engineers.").waitFor();
      await panel.getByRole("region", { name: "History" }).getByText("Version 1 · shown").waitFor();

      // Origin: the summary was made from the plan; choosing the parent opens it.
      await panel
        .getByRole("combobox", { name: "Artifact" })
        .selectOption({ label: "Plan summary (version 1)" });
      await panel.getByRole("heading", { level: 2, name: "Plan summary" }).waitFor();
      await panel.getByRole("button", { name: "Origin" }).click();
      const origin = panel.getByRole("region", { name: "Origin" });
      await origin.locator('[data-lineage="maker"]').getByText("saved by you").waitFor();
      await origin.getByRole("button", { name: "Hiring plan (v2)" }).click();
      await panel.getByRole("heading", { level: 2, name: "Hiring plan" }).waitFor();
      await panel.getByText("Document · version 2").waitFor();
      expect(await seriousViolations(page), "axe on the origin section").toEqual([]);

      // Share: make a public link for the version shown, open it with no session, revoke it.
      await panel.getByRole("button", { name: "Share" }).click();
      const share = panel.getByRole("region", { name: "Share" });
      await share.getByText("No share links yet.").waitFor();
      await share.getByLabel("Who can open it").selectOption("public");
      await share.getByLabel("Expires after").selectOption("day");
      await share.getByRole("button", { name: "Create link" }).click();
      const urlBox = share.getByLabel("Share link");
      await urlBox.waitFor();
      const url = await urlBox.inputValue();
      expect(url).toMatch(/\/v1\/shared\/[A-Za-z0-9_-]+$/);
      await share.getByText(/^Active · Anyone with the link, expires/).waitFor();
      expect(await seriousViolations(page), "axe on the share section").toEqual([]);

      const stranger = await session.browser.newContext();
      try {
        const opened = await stranger.request.get(url);
        expect(opened.status()).toBe(200);
        expect(await opened.text()).toBe(NOTES_V2);

        await share.getByRole("button", { name: /^Revoke the link created/ }).click();
        await share.getByText("Link revoked.").waitFor();
        await share.getByText(/^Revoked · /).waitFor();
        expect((await stranger.request.get(url)).status()).toBe(404);
      } finally {
        await stranger.close();
      }
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows which tool, run and message made a chart the model drew, and the card's quick actions", async () => {
    const context = await recordingContext(session);
    const page = await context.newPage();
    try {
      await signIn(page, "admin@acme.test");
      await page.getByRole("textbox", { name: "Message" }).fill("Show me revenue this quarter as a chart");
      await page.getByRole("button", { name: "Send" }).click();
      const panel = panelOf(page);
      await panel.locator(".chart-artifact__canvas svg").first().waitFor({ timeout: 60_000 });
      const conversationId = new URL(page.url()).pathname.split("/")[2] ?? "";
      const listed = await api("GET", `/v1/artifacts?conversationId=${conversationId}&kind=chart`);
      expect(listed.statusCode, listed.body).toBe(200);
      const [chart] = listed.json().artifacts as ArtifactView[];
      expect(chart?.lineage.toolName).toBeTruthy();
      expect(chart?.lineage.messageId).toBeTruthy();

      await panel.getByRole("button", { name: "Origin" }).click();
      const origin = panel.getByRole("region", { name: "Origin" });
      expect(await origin.locator('[data-lineage="tool"]').textContent()).toBe(chart?.lineage.toolName);
      expect(await origin.locator('[data-lineage="maker"]').textContent()).toBe(
        `made by the ${chart?.lineage.toolName} tool`,
      );
      await origin.getByRole("link", { name: "Go to the message" }).click();
      await expect
        .poll(() => page.evaluate('document.activeElement?.id ?? ""') as Promise<string>)
        .toBe(`message-${chart?.lineage.messageId}`);

      // The card in the answer: open in the panel, download the spec, a PNG of the chart.
      const actions = page.locator(".artifact-card__actions").first();
      await actions.getByRole("button", { name: /^Open in the panel: / }).waitFor();
      const spec = await downloadOf(page, () => actions.getByRole("link", { name: /^Download: / }).click());
      expect(JSON.parse(spec.toString("utf8"))).toHaveProperty("mark");
      const png = await downloadOf(page, () =>
        actions.getByRole("link", { name: /^Download as PNG: / }).click(),
      );
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(await seriousViolations(page), "axe on a chart's origin").toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("draws a 100,000-row table a screenful at a time, filters it and downloads it as CSV and Parquet", async () => {
    const conversationId = await newConversation("Big table");
    const table = await createArtifact({
      kind: "table",
      title: "Orders",
      mime: "text/csv",
      content: bigCsv(),
      conversationId,
    });
    await storeAnswerNaming(session.server, conversationId, [table]);

    const context = await recordingContext(session);
    const page = await context.newPage();
    try {
      await signIn(page, "admin@acme.test");
      await page.goto(`/c/${conversationId}`);
      const panel = panelOf(page);
      const grid = panel.getByRole("grid", { name: "Orders" });
      await grid.waitFor({ timeout: 30_000 });
      expect(await grid.getAttribute("aria-rowcount")).toBe(String(ROWS + 1));
      await grid.locator('tr[aria-rowindex="2"]').getByRole("gridcell").first().getByText("1").waitFor();
      const drawn = await grid.locator("tbody tr[aria-rowindex]").count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(200);

      // To the end by keyboard: the last row is drawn and still few rows are in the DOM.
      await grid.focus();
      await page.keyboard.press("Control+End");
      const lastRow = grid.locator(`tr[aria-rowindex="${ROWS + 1}"]`);
      await lastRow.waitFor();
      expect(await lastRow.getByRole("gridcell").first().textContent()).toBe("100,000");
      expect(await grid.locator("tbody tr[aria-rowindex]").count()).toBeLessThan(200);
      expect(await grid.getAttribute("aria-activedescendant")).toBeTruthy();
      expect(await seriousViolations(page), "axe on the big table").toEqual([]);

      // Filter one column: ids containing 9999.
      await panel.getByLabel("Filter in").selectOption({ label: "id" });
      await panel.getByRole("searchbox", { name: "Filter rows" }).fill("9999");
      await panel.getByText("19 of 100,000 rows").waitFor();
      expect(await grid.getAttribute("aria-rowcount")).toBe("20");
      const expected = [9999, 19999, 29999, 39999, 49999, 59999, 69999, 79999, 89999];
      for (let id = 99990; id <= 99999; id += 1) expected.push(id);

      const csv = (
        await downloadOf(page, () =>
          panel.getByRole("button", { name: "Download the 19 rows shown as CSV" }).click(),
        )
      ).toString("utf8");
      const lines = csv.trim().split("\r\n");
      expect(lines[0]).toBe("id,region,amount");
      expect(lines.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(expected);
      expect(lines[1]).toBe(`9999,region_${9999 % 7},${9999 * 1.5}`);

      const parquet = await downloadOf(page, () =>
        panel.getByRole("button", { name: "Download the 19 rows shown as Parquet" }).click(),
      );
      const file = parquet.buffer.slice(
        parquet.byteOffset,
        parquet.byteOffset + parquet.byteLength,
      ) as ArrayBuffer;
      const records = (await parquetReadObjects({ file })) as {
        id: number;
        region: string;
        amount: number;
      }[];
      expect(records.map((record) => record.id)).toEqual(expected);
      expect(records[0]).toEqual({ id: 9999, region: `region_${9999 % 7}`, amount: 9999 * 1.5 });

      // Sorting still works on the filtered rows: id descending puts 99999 first.
      await grid.getByRole("button", { name: /^id/ }).click();
      await grid.getByRole("button", { name: /^id/ }).click();
      await expect
        .poll(() => grid.locator('tr[aria-rowindex="2"]').getByRole("gridcell").first().textContent())
        .toBe("99,999");
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
