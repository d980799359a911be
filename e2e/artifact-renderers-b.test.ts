import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { storeAnswerNaming } from "./support/artifact-answer.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";
import {
  docxReport,
  gltfTriangle,
  notebook,
  pdfWithPages,
  stlTetrahedron,
} from "./support/renderer-b-fixtures.ts";

const session = useE2eSession();

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** The PDF's pages, each with a band of its own colour (PDF r g b) so a page change shows in the pixels. */
const PAGE_COLORS = ["0.2 0.4 0.8", "0.8 0.2 0.2", "0.2 0.7 0.3"];

interface Created {
  id: string;
  version: number;
  kind: string;
  title: string;
  mime: string;
}

let conversationId = "";

/** Creates the artifacts through the API and one assistant message naming them, so the conversation shows them. */
beforeAll(async () => {
  const { testApp } = session.server;
  const headers = await testApp.headersFor(testApp.users.admin);
  const conversation = await testApp.app.inject({
    method: "POST",
    url: "/v1/conversations",
    headers,
    payload: { title: "Renderer samples" },
  });
  expect(conversation.statusCode, conversation.body).toBe(201);
  conversationId = conversation.json().conversation.id;

  const inputs: { kind: string; title: string; mime: string; content: Uint8Array | string }[] = [
    { kind: "document", title: "Sales PDF", mime: "application/pdf", content: pdfWithPages(PAGE_COLORS) },
    { kind: "document", title: "Quarterly Word", mime: DOCX, content: await docxReport() },
    { kind: "notebook", title: "Analysis notebook", mime: "application/x-ipynb+json", content: notebook() },
    { kind: "3d", title: "Tetrahedron STL", mime: "model/stl", content: stlTetrahedron() },
    { kind: "3d", title: "Triangle glTF", mime: "model/gltf+json", content: gltfTriangle() },
  ];
  const created: Created[] = [];
  for (const input of inputs) {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/v1/artifacts",
      headers,
      payload: {
        kind: input.kind,
        title: input.title,
        mime: input.mime,
        conversationId,
        content: Buffer.from(input.content).toString("base64"),
        encoding: "base64",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { id, version } = response.json().artifact as { id: string; version: number };
    created.push({ id, version, kind: input.kind, title: input.title, mime: input.mime });
  }

  await storeAnswerNaming(session.server, conversationId, created);
});

async function openConversation(): Promise<{ page: Page; panel: Locator; close: () => Promise<void> }> {
  const context = await recordingContext(session);
  const page = await context.newPage();
  await signIn(page, "admin@acme.test");
  await page.goto(`/c/${conversationId}`);
  const panel = page.getByRole("complementary");
  await panel.getByLabel("Artifact", { exact: true }).waitFor();
  return { page, panel, close: () => context.close() };
}

async function pick(panel: Locator, title: string): Promise<void> {
  await panel.getByLabel("Artifact", { exact: true }).selectOption({ label: `${title} (version 1)` });
}

/** The colour (0–255 r, g, b) of the PDF canvas at a point given in PDF points from the page's top-left. */
function pdfPixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector(".pdf-page__canvas");
    const scale = canvas.width / 300;
    const data = canvas.getContext("2d").getImageData(Math.round(${x} * scale), Math.round(${y} * scale), 1, 1).data;
    return [data[0], data[1], data[2]];
  })()`) as Promise<number[]>;
}

/** The PDF canvas's width in device pixels. */
const pdfCanvasWidth = (page: Page) =>
  page.evaluate(`document.querySelector(".pdf-page__canvas").width`) as Promise<number>;

/** The model's WebGL canvas read back as 24×24 pixels: how many are drawn, and a signature to compare views. */
function canvasSignature(page: Page): Promise<{ drawn: number; signature: string }> {
  return page.evaluate(`(() => {
    const copy = document.createElement("canvas");
    copy.width = 24;
    copy.height = 24;
    const context = copy.getContext("2d");
    context.drawImage(document.querySelector('[data-testid="model-3d"] canvas'), 0, 0, 24, 24);
    const { data } = context.getImageData(0, 0, 24, 24);
    let drawn = 0;
    const values = [];
    for (let index = 0; index < data.length; index += 4) {
      if (data[index + 3] > 0) drawn += 1;
      values.push(Math.round(data[index] / 16), Math.round(data[index + 3] / 16));
    }
    return { drawn, signature: values.join(",") };
  })()`) as Promise<{ drawn: number; signature: string }>;
}

const nextFrame = (page: Page) => page.evaluate("new Promise((resolve) => requestAnimationFrame(resolve))");

/** The signature once it differs from `before`, or `before` after some frames (drawing waits for a frame). */
async function changedSignature(page: Page, before: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await nextFrame(page);
    const { signature } = await canvasSignature(page);
    if (signature !== before) return signature;
  }
  return before;
}

describe("document, notebook and 3D previews in the artifact panel", () => {
  it("shows a PDF page by page: navigation, keyboard, zoom and selectable text", async () => {
    const { page, panel, close } = await openConversation();
    await pick(panel, "Sales PDF");
    await panel.getByText("Page 1 of 3", { exact: true }).first().waitFor();
    await panel.getByRole("toolbar", { name: "Document tools" }).getByText("of 3").waitFor();
    await panel.locator('[aria-live="polite"]', { hasText: "Page 1 of 3" }).waitFor();
    // The band of page 1 is blue; the text layer carries the page's words for selection.
    const first = await pdfPixel(page, 50, 150);
    expect(first[2]).toBeGreaterThan(150);
    expect(first[0]).toBeLessThan(100);
    expect(await panel.locator(".pdf-page__text").textContent()).toContain("Page 1 of 3");

    await panel.getByRole("button", { name: "Next page" }).click();
    await panel.locator('[aria-live="polite"]', { hasText: "Page 2 of 3" }).waitFor();
    const second = await pdfPixel(page, 50, 150);
    expect(second[0]).toBeGreaterThan(150);
    expect(second[2]).toBeLessThan(100);
    expect(await panel.getByLabel("Page", { exact: true }).inputValue()).toBe("2");

    // Keyboard: End goes to the last page, the page box takes a number.
    await panel.getByRole("region", { name: /Page 2 of 3/ }).focus();
    await page.keyboard.press("End");
    await panel.locator('[aria-live="polite"]', { hasText: "Page 3 of 3" }).waitFor();
    expect(await panel.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true);
    await panel.getByLabel("Page", { exact: true }).fill("1");
    await page.keyboard.press("Enter");
    await panel.locator('[aria-live="polite"]', { hasText: "Page 1 of 3" }).waitFor();

    const widthBefore = await pdfCanvasWidth(page);
    await panel.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction(`document.querySelector(".pdf-page__canvas").width > ${widthBefore}`);

    expect(await seriousViolations(page), "axe on the PDF preview").toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await close();
  });

  it("shows a Word document's heading, paragraph, list and table without <style> elements", async () => {
    const { page, panel, close } = await openConversation();
    await pick(panel, "Quarterly Word");
    const heading = panel.getByRole("heading", { name: "Quarterly report" });
    await heading.waitFor();
    // The heading is styled by the document's own CSS, adopted by the shadow root (its runs are bold).
    expect(
      await heading
        .locator("span")
        .first()
        .evaluate(
          // Runs in the browser; the cast only stands in for the DOM library this file's TypeScript lacks.
          (element) =>
            (
              globalThis as unknown as { getComputedStyle(on: unknown): { fontWeight: string } }
            ).getComputedStyle(element).fontWeight,
        ),
    ).toBe("700");
    await panel.getByText("Revenue grew in every region.").waitFor();
    await panel.getByText("North up 12%").waitFor();
    await panel.getByText("South up 8%").waitFor();
    expect(await panel.getByRole("cell", { name: "Growth" }).count()).toBe(1);
    expect(await page.locator("style").count()).toBe(0);

    expect(await seriousViolations(page), "axe on the Word preview").toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await close();
  });

  it("shows a notebook's cells and outputs, HTML only in a sandbox and tracebacks without ANSI codes", async () => {
    const { page, panel, close } = await openConversation();
    await pick(panel, "Analysis notebook");
    await panel.getByRole("heading", { name: "Sales analysis" }).waitFor();
    await panel.getByRole("article", { name: "Code cell 2" }).getByText("In [1]:").waitFor();
    await panel.getByText("hello", { exact: true }).waitFor();
    await panel.getByText("Out [1]:").waitFor();
    await panel.getByText("42", { exact: true }).waitFor();

    const image = panel.getByRole("img", { name: "Image output of cell 3" });
    await image.waitFor();
    await page.waitForFunction(`document.querySelector(".notebook-output__image")?.naturalWidth === 1`);

    const frame = panel.locator("iframe.notebook-output__frame");
    expect(await frame.getAttribute("sandbox")).toBe("");
    expect(await frame.getAttribute("srcdoc")).toContain("<b>bold table</b>");
    expect(await page.title()).not.toBe("owned");

    const traceback = panel.locator(".notebook-output__text--error");
    expect(await traceback.textContent()).toBe("ZeroDivisionError: division by zero");

    expect(await seriousViolations(page), "axe on the notebook preview").toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await close();
  });

  it("draws an STL and a glTF model that turn with the mouse and the keyboard and reset", async () => {
    const { page, panel, close } = await openConversation();
    await pick(panel, "Tetrahedron STL");
    const stage = panel.getByTestId("model-3d");
    await panel.locator('[data-testid="model-3d"][aria-busy="false"]').waitFor();
    const canvas = stage.locator("canvas");
    const initial = await canvasSignature(page);
    expect(initial.drawn).toBeGreaterThan(20);

    const box = await canvas.boundingBox();
    if (!box) throw new Error("the model canvas has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 30, { steps: 6 });
    await page.mouse.up();
    const dragged = await changedSignature(page, initial.signature);
    expect(dragged).not.toBe(initial.signature);

    await panel.getByRole("button", { name: "Reset the view" }).click();
    expect(await changedSignature(page, dragged)).toBe(initial.signature);

    await stage.focus();
    await page.keyboard.press("ArrowLeft");
    expect(await changedSignature(page, initial.signature)).not.toBe(initial.signature);
    await page.keyboard.press("0");
    await page.keyboard.press("+");
    expect(await changedSignature(page, initial.signature)).not.toBe(initial.signature);

    expect(await seriousViolations(page), "axe on the 3D preview").toEqual([]);

    await pick(panel, "Triangle glTF");
    await panel.locator('[data-testid="model-3d"][aria-busy="false"]').waitFor();
    const triangle = await canvasSignature(page);
    expect(triangle.drawn).toBeGreaterThan(20);

    expect(await cspViolations(page)).toEqual([]);
    await close();
  });
});
