import { readFile } from "node:fs/promises";
import { crc32, deflateSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { type NamedArtifact, storeAnswerNaming } from "./support/artifact-answer.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const session = useE2eSession();
/** Each test draws in a real browser on a shared two-core machine; the Graphviz WebAssembly alone is 1.3 MB. */
const E2E_TIMEOUT = 180_000;

/** A solid-colour PNG of `width` × `height`, written chunk by chunk (so its natural size is known exactly). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const FLOWCHART = "flowchart LR\n  A[Leads] --> B[Qualified]\n  B --> C[Won deals]\n";
const DOT =
  'digraph pipeline {\n  Prospects -> Meetings -> Contracts;\n  Meetings [label="Demo meetings"];\n}\n';
const BROKEN_MERMAID = "flowchart LR\n  A[Leads --> B\n";
const PYTHON =
  'def quarterly_revenue(months):\n    # sum of the last three\n    return sum(months[-3:])\n\nprint("done")\n';
const HOSTILE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><script>parent.document.title = "owned"</script><rect width="64" height="32" fill="teal"/></svg>';
const HTML_REPORT =
  '<!doctype html><html><body><h1>Quarterly report</h1><p style="color: teal">Revenue grew.</p><script>document.body.dataset.ran = "yes"; parent.document.title = "owned";</script></body></html>';
const MARKDOWN = "# Notes\n\n```python\nimport math\nprint(math.pi)\n```\n";

/**
 * A conversation of the demo admin holding these artifacts, created through the API, and an answer that names them
 * the way a tool's result is stored (`data-artifact` parts), so the workbench lists them in its panel.
 */
async function conversationWith(
  artifacts: { kind: string; title: string; mime: string; content: string; encoding?: "base64" }[],
): Promise<{ id: string; artifacts: NamedArtifact[] }> {
  const { app, users, headersFor } = session.server.testApp;
  const headers = await headersFor(users.admin);
  const conversation = await app.inject({
    method: "POST",
    url: "/v1/conversations",
    headers,
    payload: { title: "Renderer check" },
  });
  expect(conversation.statusCode, conversation.body).toBe(201);
  const conversationId = conversation.json().conversation.id as string;
  const created: NamedArtifact[] = [];
  for (const artifact of artifacts) {
    const response = await app.inject({
      method: "POST",
      url: "/v1/artifacts",
      headers,
      payload: { ...artifact, conversationId },
    });
    expect(response.statusCode, response.body).toBe(201);
    created.push(response.json().artifact as NamedArtifact);
  }
  await storeAnswerNaming(session.server, conversationId, created);
  return { id: conversationId, artifacts: created };
}

async function openConversation(context: BrowserContext, conversationId: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, "admin@acme.test");
  await page.goto(`/c/${conversationId}`);
  await page.getByRole("combobox", { name: "Artifact" }).waitFor();
  return page;
}

async function show(page: Page, title: string) {
  await page.getByRole("combobox", { name: "Artifact" }).selectOption({ label: `${title} (version 1)` });
  await page.getByRole("heading", { level: 2, name: title }).waitFor();
}

/** The text of a file the page saves when `click` runs. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await download.path();
  return readFile(file);
}

/** What the tests read from an <img> (the e2e code is typed without the DOM library). */
interface ImageSize {
  width: number;
  naturalWidth: number;
  naturalHeight: number;
}

const imageWidth = (page: Page, alt: string) =>
  page.getByRole("img", { name: alt }).evaluate((image) => (image as unknown as ImageSize).width);

describe("artifact renderers: diagrams, code, images, HTML", () => {
  it(
    "draws Mermaid and Graphviz diagrams as pictures, zooms and exports them, and explains a broken source",
    async () => {
      const { id } = await conversationWith([
        { kind: "diagram", title: "Sales flow", mime: "text/vnd.mermaid", content: FLOWCHART },
        { kind: "diagram", title: "Pipeline", mime: "text/vnd.graphviz", content: DOT },
        { kind: "diagram", title: "Broken flow", mime: "text/vnd.mermaid", content: BROKEN_MERMAID },
      ]);
      const context = await recordingContext(session);
      try {
        const page = await openConversation(context, id);

        await show(page, "Sales flow");
        const flow = page.getByRole("img", { name: "Diagram: Sales flow" });
        await flow.waitFor();
        expect(await flow.evaluate((image) => (image as unknown as ImageSize).naturalWidth)).toBeGreaterThan(
          100,
        );
        expect(await flow.getAttribute("src")).toMatch(/^blob:/);
        // Drawn off-page: the canvas frame is gone and no diagram markup sits in Penny's DOM.
        expect(await page.locator("iframe.diagram-canvas").count()).toBe(0);
        expect(await page.locator(".artifact-panel__body svg g.node").count()).toBe(0);
        const flowSvg = (
          await downloadOf(page, () => page.getByRole("link", { name: "Export as SVG" }).click())
        ).toString("utf8");
        expect(flowSvg).toMatch(/^<svg/);
        expect(flowSvg.match(/<g [^>]*class="node[ "]/g)?.length).toBe(3);
        const flowText = flowSvg.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, "");
        for (const label of ["Leads", "Qualified", "Won deals"]) expect(flowText).toContain(label);
        const flowPng = await downloadOf(page, () =>
          page.getByRole("button", { name: "Export as PNG" }).click(),
        );
        expect(flowPng.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

        await page.getByRole("button", { name: "Actual size (100%)" }).click();
        const actual = await imageWidth(page, "Diagram: Sales flow");
        await page.getByRole("button", { name: "Zoom in" }).click();
        expect(await imageWidth(page, "Diagram: Sales flow")).toBe(Math.round(actual * 1.25));
        await page.getByRole("region", { name: /Sales flow/ }).focus();
        await page.keyboard.press("-");
        expect(await imageWidth(page, "Diagram: Sales flow")).toBe(actual);
        expect(await seriousViolations(page), "axe on a Mermaid diagram").toEqual([]);

        await show(page, "Pipeline");
        await page.getByRole("img", { name: "Diagram: Pipeline" }).waitFor();
        const dotSvg = (
          await downloadOf(page, () => page.getByRole("link", { name: "Export as SVG" }).click())
        ).toString("utf8");
        expect(dotSvg.match(/<g [^>]*class="node"/g)?.length).toBe(3);
        for (const label of ["Prospects", "Demo meetings", "Contracts"])
          expect(dotSvg).toContain(`>${label}</text>`);

        await show(page, "Broken flow");
        const alert = page.getByRole("alert");
        await alert.getByText("This diagram could not be drawn.").waitFor();
        expect(await alert.textContent()).toMatch(/Parse error|Expecting|Lexical error/i);
        expect(await page.locator(".diagram-error__source").textContent()).toBe(BROKEN_MERMAID);
        expect(await seriousViolations(page), "axe on a diagram error").toEqual([]);

        expect(await cspViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT,
  );

  it(
    "highlights code from its mime type, numbers its lines, wraps on request, and highlights Markdown code",
    async () => {
      const { id } = await conversationWith([
        { kind: "code", title: "revenue.py", mime: "text/x-python", content: PYTHON },
        { kind: "markdown", title: "Notes", mime: "text/markdown", content: MARKDOWN },
      ]);
      const context = await recordingContext(session);
      try {
        const page = await openConversation(context, id);
        await show(page, "revenue.py");
        const code = page.locator(".code-view__code");
        await code.waitFor();
        expect(await page.locator(".code-view__language").textContent()).toBe("Python · 5 lines");
        expect(await code.locator(".hljs-keyword").allTextContents()).toEqual(
          expect.arrayContaining(["def", "return"]),
        );
        expect(await code.locator(".hljs-comment").textContent()).toBe("# sum of the last three");
        expect(await code.locator(".hljs-string").textContent()).toBe('"done"');
        expect(await code.locator(".code-line").count()).toBe(5);
        // The text is the source, character for character: nothing was lost or added by highlighting.
        expect(await code.locator("code").textContent()).toBe(PYTHON);
        const wrap = page.getByRole("checkbox", { name: "Wrap long lines" });
        await wrap.check();
        expect(await code.getAttribute("class")).toContain("code-view__code--wrap");
        await page.getByRole("button", { name: "Copy the code" }).waitFor();
        expect(await seriousViolations(page), "axe on code").toEqual([]);

        await show(page, "Notes");
        const block = page.locator(".artifact-document .code-block");
        await block.locator(".hljs-keyword").first().waitFor();
        expect(await block.locator(".hljs-keyword").first().textContent()).toBe("import");
        expect(await cspViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT,
  );

  it(
    "shows raster and SVG images only as <img>, with fit, 100% and zoom",
    async () => {
      const { id } = await conversationWith([
        {
          kind: "image",
          title: "Bars",
          mime: "image/png",
          content: png(1600, 400).toString("base64"),
          encoding: "base64",
        },
        { kind: "image", title: "Badge", mime: "image/svg+xml", content: HOSTILE_SVG },
      ]);
      const context = await recordingContext(session);
      try {
        const page = await openConversation(context, id);
        const titleBefore = await page.title();
        await show(page, "Bars");
        const bars = page.getByRole("img", { name: "Image: Bars" });
        await bars.waitFor();
        expect(
          await bars.evaluate((image) => [
            (image as unknown as ImageSize).naturalWidth,
            (image as unknown as ImageSize).naturalHeight,
          ]),
        ).toEqual([1600, 400]);
        await page.getByText("1600 × 400 px").waitFor();
        // Fitted: a 1600-pixel-wide picture is shrunk to the panel.
        expect(await imageWidth(page, "Image: Bars")).toBeLessThan(1600);
        await page.getByRole("button", { name: "Actual size (100%)" }).click();
        expect(await imageWidth(page, "Image: Bars")).toBe(1600);
        await page.getByRole("button", { name: "Zoom out" }).click();
        expect(await imageWidth(page, "Image: Bars")).toBe(1280);
        await page.getByRole("region", { name: /Image: Bars/ }).focus();
        await page.keyboard.press("+");
        expect(await imageWidth(page, "Image: Bars")).toBe(1600);
        await page.keyboard.press("0");
        expect(await imageWidth(page, "Image: Bars")).toBeLessThan(1600);
        expect(await seriousViolations(page), "axe on an image").toEqual([]);

        await show(page, "Badge");
        const badge = page.getByRole("img", { name: "Image: Badge" });
        await badge.waitFor();
        expect(await badge.evaluate((image) => (image as unknown as ImageSize).naturalWidth)).toBe(64);
        expect(await page.locator(".artifact-panel__body rect").count()).toBe(0);
        expect(await page.title()).toBe(titleBefore);
        expect(await cspViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT,
  );

  it(
    "shows an HTML report in an iframe whose sandbox grants nothing",
    async () => {
      const { id } = await conversationWith([
        { kind: "document", title: "Quarterly report", mime: "text/html", content: HTML_REPORT },
      ]);
      const context = await recordingContext(session);
      try {
        const page = await context.newPage();
        await signIn(page, "admin@acme.test");
        await page.goto(`/c/${id}`);
        const frameElement = page.locator("iframe.html-artifact__frame");
        await frameElement.waitFor();
        const titleBefore = await page.title();
        expect(await frameElement.getAttribute("sandbox")).toBe("");
        expect(await frameElement.getAttribute("title")).toBe("HTML preview: Quarterly report");
        const frame = page.frameLocator("iframe.html-artifact__frame");
        await frame.getByRole("heading", { name: "Quarterly report" }).waitFor();
        // Its script never ran: it would have marked the body and renamed Penny's tab.
        expect(await frame.locator("body").getAttribute("data-ran")).toBeNull();
        expect(await page.title()).toBe(titleBefore);
        const reportFrame = page.frames().find((candidate) => candidate.url().includes("/preview"));
        expect(reportFrame).toBeDefined();
        expect(
          // Run inside the report's frame (through DevTools, as its own scripts cannot run).
          await reportFrame?.evaluate(`(() => {
          try {
            return "reached " + window.parent.document.title;
          } catch {
            return "blocked, origin " + window.origin;
          }
        })()`),
        ).toBe("blocked, origin null");
        expect(await seriousViolations(page), "axe on an HTML report").toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT,
  );
});
