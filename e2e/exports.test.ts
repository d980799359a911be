import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { storeAnswerNaming } from "./support/artifact-answer.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const session = useE2eSession();

const chartSpec = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: {
    values: [
      { region: "Norte", ventas: 120 },
      { region: "Sur", ventas: 80 },
    ],
  },
  mark: "bar",
  encoding: {
    x: { field: "region", type: "nominal", title: "Región comercial" },
    y: { field: "ventas", type: "quantitative", title: "Ventas totales" },
  },
};

/** The demo admin's API, called in-process with their session headers. */
async function api(method: "GET" | "POST", url: string, payload?: object) {
  const { app, users, headersFor } = session.server.testApp;
  return app.inject({ method, url, headers: await headersFor(users.admin), ...(payload ? { payload } : {}) });
}

async function createArtifact(payload: object) {
  const response = await api("POST", "/v1/artifacts", payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().artifact as {
    id: string;
    version: number;
    kind: string;
    title: string;
    mime: string;
  };
}

/** Picks a format in an open export panel, starts it and returns the file the download link saves. */
async function exportFile(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const panel = page.locator(".export-menu .popover__panel:visible");
  await panel.getByRole("radio", { name: format }).check();
  await panel.getByRole("button", { name: "Export", exact: true }).click();
  const link = panel.getByRole("link", { name: /^Download / });
  await link.waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("exports from the workbench", () => {
  it("exports a conversation with a chart as a zip and a PDF, and a table as XLSX, with no CSP violation", async () => {
    const created = await api("POST", "/v1/conversations", { title: "Ventas por región" });
    expect(created.statusCode, created.body).toBe(201);
    const conversationId = created.json().conversation.id as string;
    const chart = await createArtifact({
      kind: "chart",
      title: "Ventas por región",
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify(chartSpec),
      conversationId,
    });
    const table = await createArtifact({
      kind: "table",
      title: "Ventas",
      mime: "text/csv",
      content: "region,ventas\nNorte,120\nSur,80\n",
      conversationId,
    });
    await storeAnswerNaming(session.server, conversationId, [chart, table]);

    const context = await recordingContext(session);
    const page = await context.newPage();
    try {
      await signIn(page, "admin@acme.test");
      await page.goto(`/c/${conversationId}`);
      const exportButton = page.getByRole("button", { name: "Export the conversation" });
      // Keyboard: the button opens the panel with Enter.
      await exportButton.focus();
      await page.keyboard.press("Enter");

      const zip = await exportFile(page, "Zip (conversation, artifacts, manifest)");
      expect(zip.name).toBe("ventas-por-region.zip");
      const files = unzipSync(new Uint8Array(zip.bytes));
      const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
      expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(
        expect.arrayContaining([
          "conversation.md",
          "conversation.json",
          "artifacts/ventas-por-region-v1.vl.json",
          "artifacts/ventas-por-region-v1.svg",
          "artifacts/ventas-por-region-v1.png",
          "artifacts/ventas-v1.csv",
        ]),
      );
      for (const file of manifest.files)
        expect(sha256(files[file.path] as Uint8Array), file.path).toBe(file.sha256);
      expect(await seriousViolations(page), "axe on the open export panel").toEqual([]);

      const pdf = await exportFile(page, "PDF");
      expect(pdf.name).toBe("ventas-por-region.pdf");
      const document = await getDocument({
        data: new Uint8Array(pdf.bytes),
        isEvalSupported: false,
        verbosity: 0,
      }).promise;
      const firstPage = await (await document.getPage(1)).getTextContent();
      const text = firstPage.items.map((item) => ("str" in item ? item.str : "")).join(" ");
      expect(text).toContain("Ventas por región");
      expect(text).toContain("Región comercial");
      expect(document.numPages).toBeGreaterThanOrEqual(1);
      await document.destroy();
      await page.keyboard.press("Escape");

      const panel = page.getByRole("complementary");
      await panel.getByRole("combobox", { name: "Artifact" }).selectOption({ label: "Ventas (version 1)" });
      await panel.getByRole("heading", { level: 2, name: "Ventas" }).waitFor();
      await panel.getByRole("button", { name: "Export this artifact" }).click();
      const xlsx = await exportFile(page, "Excel (XLSX)");
      expect(xlsx.name).toBe("ventas-v1.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]?.getCell("B2").value).toBe(120);

      // Spanish: the same menu in the other language.
      await page.evaluate("localStorage.setItem('penny.language', 'es')");
      await page.reload();
      await page.getByRole("button", { name: "Exportar la conversación" }).click();
      const spanish = page.locator(".export-menu .popover__panel:visible");
      await spanish.getByRole("radio", { name: "Rama activa" }).waitFor();
      await spanish.getByRole("radio", { name: "Todas las ramas" }).check();
      await spanish.getByRole("radio", { name: "Markdown" }).check();
      await spanish.getByRole("button", { name: "Exportar", exact: true }).click();
      await spanish
        .getByRole("link", { name: "Descargar ventas-por-region.md" })
        .waitFor({ timeout: 30_000 });
      expect(await seriousViolations(page), "axe on the Spanish export panel").toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
