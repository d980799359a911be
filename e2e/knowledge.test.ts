import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const PDF = fileURLToPath(
  new URL("../packages/knowledge/src/__fixtures__/federal-register-2020-17221.pdf", import.meta.url),
);
const PDF_NAME = "federal-register-2020-17221.pdf";
const QUESTION = "How many work-hours does the AOA sensor system test take according to the documents?";
/** The eight-byte PNG signature and an IHDR chunk: a real PNG's beginning, which Penny does not read. */
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

const session = useE2eSession();
let context: BrowserContext;
let page: Page;

afterAll(async () => {
  await context?.close();
});

/** Records every ingestion-progress text the page shows, however briefly, into window.progressSeen. */
const recordProgress = `
  window.progressSeen = [];
  new MutationObserver(() => {
    for (const element of document.querySelectorAll(".knowledge-status__text")) {
      const text = element.textContent ?? "";
      if (!window.progressSeen.includes(text)) window.progressSeen.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

describe("knowledge in Chromium: upload, progress, ask, citation", () => {
  it("uploads the PDF on the Files screen and shows its reading progress until it is ready", async () => {
    context = await recordingContext(session);
    page = await context.newPage();
    await signIn(page, "admin@acme.test");
    await page.goto("/");
    await page.getByRole("link", { name: "Files" }).click();
    await page.getByRole("heading", { level: 1, name: "Files" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/files");

    await page.evaluate(recordProgress);
    await page.locator(".knowledge-drop input[type=file]").setInputFiles(PDF);
    const upload = page
      .getByRole("list", { name: "Uploads" })
      .getByRole("listitem")
      .filter({ hasText: PDF_NAME });
    await upload.getByText("Ready", { exact: true }).waitFor({ timeout: 60_000 });
    const seen = (await page.evaluate("window.progressSeen")) as string[];
    expect(
      seen.some((text) => /^(Reading page \d+ of 15|Embedding \d+ of \d+)$/.test(text)),
      seen.join(" | "),
    ).toBe(true);

    const row = page.getByRole("row").filter({ hasText: PDF_NAME });
    await row.getByText("Ready", { exact: true }).waitFor();
    expect(await row.getByRole("cell").nth(0).textContent()).toBe("PDF");
    expect(await row.getByRole("cell").nth(2).textContent()).toBe("15");
    expect(await seriousViolations(page), "axe on the Files screen").toEqual([]);
  });

  it("says in words why a PNG is refused (415) and stores nothing", async () => {
    await page.locator(".knowledge-drop input[type=file]").setInputFiles({
      name: "chart.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    const refusal = page.getByRole("alert").filter({ hasText: "chart.png was not uploaded" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("Penny can read PDF, Word (DOCX)");
    const listed = (await (await page.request.get("/v1/files")).json()) as { files: { name: string }[] };
    expect(listed.files.map((file) => file.name)).toEqual([PDF_NAME]);
  });

  it("answers with a citation chip that opens the PDF at page 6 with the quoted span highlighted", async () => {
    await page.getByRole("link", { name: "Back to the chat" }).click();
    await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
    await page.getByRole("button", { name: "Send" }).click();
    const answer = page.locator(".message--assistant").last();
    await answer.getByRole("button", { name: "Answer again" }).waitFor({ timeout: 60_000 });

    const chip = answer
      .locator(".markdown")
      .getByRole("button", { name: /^Source \d+: / })
      .first();
    expect(await chip.getAttribute("aria-label")).toBe(`Source 1: ${PDF_NAME}, page 6`);
    const sources = answer.getByRole("region", { name: "Sources" });
    expect(await sources.textContent()).toContain("AOA sensor system test");

    await chip.click();
    const panel = page.getByRole("complementary");
    await panel.getByRole("heading", { name: PDF_NAME }).waitFor();
    await panel
      .locator('.pdf-page[data-page-number="6"] .pdf-page__highlight')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await panel.getByRole("spinbutton", { name: "Page" }).inputValue()).toBe("6");
    const highlighted = await panel
      .locator(".pdf-page__highlight")
      .evaluateAll((spans) => spans.map((span) => span.textContent ?? "").join(""));
    expect(highlighted.replace(/\s+/g, " ")).toContain("AOA sensor system test");
    expect(await seriousViolations(page), "axe on the answer with its cited page open").toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("creates a collection with its readers, renames it and changes who reads it", async () => {
    await page.getByRole("link", { name: "Files" }).click();
    const collections = page.getByRole("region", { name: "Collections" });
    const create = collections.getByRole("form", { name: "Create a collection" });
    await create.getByLabel("Name").fill("Aircraft manuals");
    await create.getByLabel("Description").fill("Airworthiness directives");
    await create.getByRole("checkbox", { name: "Managers" }).check();
    await create.getByRole("button", { name: "Create" }).click();
    const item = collections.getByRole("listitem").filter({ hasText: "Aircraft manuals" });
    await item.getByText("0 files · read by Managers").waitFor();

    await item.getByRole("button", { name: "Edit Aircraft manuals" }).click();
    const edit = collections.getByRole("form", { name: "Edit Aircraft manuals" });
    await edit.getByLabel("Name").fill("Aviation manuals");
    await edit.getByRole("checkbox", { name: "Creators" }).check();
    await edit.getByRole("button", { name: "Save" }).click();
    await collections
      .getByRole("listitem")
      .filter({ hasText: "Aviation manuals" })
      .getByText("read by Managers, Creators")
      .waitFor();
    const stored = (await (await page.request.get("/v1/collections")).json()) as {
      collections: { name: string; access: { roles?: string[] } }[];
    };
    expect(stored.collections).toEqual([
      expect.objectContaining({ name: "Aviation manuals", access: { roles: ["manager", "creator"] } }),
    ]);

    // A name already taken is refused in words, and the form keeps what was typed.
    await create.getByLabel("Name").fill("aviation MANUALS");
    await create.getByRole("button", { name: "Create" }).click();
    await create.getByRole("alert").waitFor();
    expect(await create.getByLabel("Name").inputValue()).toBe("aviation MANUALS");
    expect(await seriousViolations(page), "axe on the collections panel").toEqual([]);
  });

  it("attaches a file by the paperclip and picks a collection in the composer; the send names both", async () => {
    const sends: Record<string, unknown>[] = [];
    page.on("request", (request) => {
      if (
        request.method() === "POST" &&
        /\/v1\/chat\/[^/]+\/messages$/.test(new URL(request.url()).pathname)
      ) {
        sends.push(request.postDataJSON() as Record<string, unknown>);
      }
    });
    const { files } = (await (await page.request.get("/v1/files")).json()) as { files: { id: string }[] };
    const { collections } = (await (await page.request.get("/v1/collections")).json()) as {
      collections: { id: string }[];
    };
    await page.getByRole("link", { name: "Back to the chat" }).click();
    const composer = page.locator("form.composer");
    const chooser = page.waitForEvent("filechooser");
    await composer.getByRole("button", { name: "Attach files" }).click();
    await (await chooser).setFiles(PDF);
    const chip = composer.getByRole("list", { name: "Attached files" }).getByRole("listitem");
    await chip.getByText("Already uploaded").waitFor();
    await chip.getByText("Ready", { exact: true }).waitFor();
    await composer.getByLabel("Search in").selectOption({ label: "Aviation manuals" });

    await page.getByRole("textbox", { name: "Message" }).fill(QUESTION);
    await page.getByRole("button", { name: "Send" }).click();
    await page.locator(".message--assistant").last().getByRole("button", { name: "Answer again" }).waitFor({
      timeout: 60_000,
    });
    expect(sends.at(-1)?.knowledge).toEqual({ fileIds: [files[0]?.id], collectionIds: [collections[0]?.id] });
    // Sent: the attachments belong to that message, the composer is empty again.
    expect(await composer.getByRole("list", { name: "Attached files" }).count()).toBe(0);
  });

  it("deletes a file and a collection only after asking", async () => {
    await page.getByRole("link", { name: "Files" }).click();
    const row = page.getByRole("row").filter({ hasText: PDF_NAME });
    await row.getByRole("button", { name: `Delete ${PDF_NAME}` }).click();
    await row.getByText(`Delete ${PDF_NAME} and its passages?`).waitFor();
    await row.getByRole("button", { name: "Cancel" }).click();
    await row.getByRole("button", { name: `Delete ${PDF_NAME}` }).click();
    await row.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText("No files yet.").waitFor();

    const item = page.getByRole("region", { name: "Collections" }).getByRole("listitem");
    await item.getByRole("button", { name: "Delete the collection Aviation manuals" }).click();
    await item.getByRole("button", { name: "Delete", exact: true }).click();
    await item.waitFor({ state: "detached" });
    const { collections } = (await (await page.request.get("/v1/collections")).json()) as {
      collections: unknown[];
    };
    expect(collections).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("shows a viewer the Files screen without uploading or collections, in Spanish from the palette", async () => {
    const viewerContext = await recordingContext(session);
    try {
      const viewer = await viewerContext.newPage();
      await signIn(viewer, "viewer@acme.test");
      await viewer.evaluate(`localStorage.setItem("penny.language", "es")`);
      await viewer.goto("/");
      await viewer.getByRole("textbox").first().waitFor();
      await viewer.keyboard.press("Control+k");
      await viewer.getByRole("option", { name: "Abrir Archivos" }).click();
      await viewer.getByRole("heading", { level: 1 }).filter({ hasText: "Archivos" }).waitFor();
      await viewer.getByText("Todavía no hay archivos.").waitFor();
      expect(await viewer.getByRole("button", { name: "Elegir archivos…" }).count()).toBe(0);
      expect(await viewer.getByRole("region", { name: "Colecciones" }).count()).toBe(0);
      expect(await seriousViolations(viewer), "axe on the viewer's Files screen").toEqual([]);
      expect(await cspViolations(viewer)).toEqual([]);
    } finally {
      await viewerContext.close();
    }
  });
});
