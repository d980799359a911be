/**
 * The web workbench's weight and smoothness: how much JavaScript the chat route loads (gzipped) against the whole
 * build, and how a 1,000-message conversation loads and scrolls in Chromium against a plain HTML page holding the
 * same text (the baseline: what the browser does with no app at all).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { WEB_DIST_DIR } from "../apps/server/src/routes/web.ts";
import { launchChromium } from "../e2e/support/browser.ts";
import { signIn } from "../e2e/support/e2e-session.ts";
import { type PennyServer, startPennyServer } from "../e2e/support/penny-server.ts";
import { ensureWebBuild } from "../e2e/support/web-build.ts";

/** The chat route's budget from the workbench's brief: at most this much JavaScript, gzipped. */
const CHAT_ROUTE_BUDGET_KB = 300;
const MESSAGES = 1000;

export interface BundleFigures {
  /** Gzipped KB of the scripts index.html loads (entry and its module preloads): the chat route. */
  chatRouteKb: number;
  /** Gzipped KB of every script in the build: what one unsplit bundle would weigh. */
  allScriptsKb: number;
  /** The heaviest chunks loaded only when needed, gzipped KB. */
  largestLazy: { file: string; kb: number }[];
}

export interface ScrollFigures {
  /** From navigation to the last message on screen (ms). */
  loadMs: { penny: number; baseline: number };
  /** Frame times while scrolling top to bottom in steps (ms). */
  frame: { penny: Percentiles; baseline: Percentiles };
  /** Frames over 50 ms while scrolling. */
  longFrames: { penny: number; baseline: number };
  domNodes: { penny: number; baseline: number };
}

interface Percentiles {
  p50: number;
  p99: number;
}

const kb = (bytes: number) => bytes / 1024;

export async function measureBundle(): Promise<BundleFigures> {
  ensureWebBuild();
  const html = await readFile(path.join(WEB_DIST_DIR, "index.html"), "utf8");
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1] as string),
  );
  const assets = path.join(WEB_DIST_DIR, "assets");
  const sizes = new Map<string, number>();
  for (const file of await readdir(assets)) {
    if (file.endsWith(".js")) sizes.set(file, gzipSync(await readFile(path.join(assets, file))).length);
  }
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + (sizes.get(file) ?? 0), 0);
  const lazy = [...sizes.entries()]
    .filter(([file]) => !initial.has(file))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([file, bytes]) => ({ file, kb: kb(bytes) }));
  return { chatRouteKb: kb(sum(initial)), allScriptsKb: kb(sum(sizes.keys())), largestLazy: lazy };
}

/** A conversation of `MESSAGES` messages (questions and answers alternating) as one branch, the last one active. */
async function seedLongConversation(server: PennyServer): Promise<string> {
  const { app, database, acme, users, headersFor } = server.testApp;
  const created = await app.inject({
    method: "POST",
    url: "/v1/conversations",
    headers: await headersFor(users.admin),
    payload: { title: "A long conversation" },
  });
  const conversationId = created.json().conversation.id as string;
  await database.withTenant(acme.id, async (tx) => {
    let parentId: string | null = null;
    for (let index = 0; index < MESSAGES; index += 1) {
      const question = index % 2 === 0;
      const text = question
        ? `Question ${index}: how did revenue move in week ${index}?`
        : `Answer ${index}: revenue rose **${(index % 9) + 1}%** in week ${index - 1}, driven by the *North* unit.\n\n- orders up\n- returns flat`;
      const [row]: { id: string }[] = await tx
        .insert(schema.messages)
        .values({
          tenantId: acme.id,
          conversationId,
          parentId,
          role: question ? "user" : "assistant",
          parts: [{ type: "text", text }],
          authorId: question ? users.admin.id : null,
        })
        .returning({ id: schema.messages.id });
      parentId = row?.id ?? null;
    }
    await tx
      .update(schema.conversations)
      .set({ activeLeafId: parentId })
      .where(eq(schema.conversations.id, conversationId));
  });
  return conversationId;
}

/** The same 1,000 messages as static HTML, styled by nothing but the browser. */
function baselinePage(): string {
  const items: string[] = [];
  for (let index = 0; index < MESSAGES; index += 1) {
    items.push(`<li><p>Message ${index}: revenue rose in week ${index}, driven by the North unit.</p></li>`);
  }
  return `<!doctype html><html><body><main id="scroll" style="height:100vh;overflow:auto"><ol>${items.join("")}</ol></main></body></html>`;
}

/**
 * Scrolls `selector` from top to bottom in 40 steps, one per frame, and reports the frame times. Written as page
 * source because it runs in the browser, not here.
 */
async function scrollFrames(page: Page, selector: string): Promise<number[]> {
  const frame = "new Promise((resolve) => requestAnimationFrame(resolve))";
  return page.evaluate(`(async () => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element) throw new Error("nothing matches the scroll container");
    element.scrollTop = 0;
    const frames = [];
    let last = await ${frame};
    for (let step = 1; step <= 40; step += 1) {
      element.scrollTop = (element.scrollHeight * step) / 40;
      const now = await ${frame};
      frames.push(now - last);
      last = now;
    }
    return frames;
  })()`) as Promise<number[]>;
}

const elementCount = (page: Page) =>
  page.evaluate("document.getElementsByTagName('*').length") as Promise<number>;

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

export async function measureLongConversation(): Promise<ScrollFigures> {
  ensureWebBuild();
  const server = await startPennyServer();
  const browser = await launchChromium();
  try {
    const conversationId = await seedLongConversation(server);
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 860 },
    });
    const page = await context.newPage();
    await signIn(page, "admin@acme.test");
    const started = performance.now();
    await page.goto(`/c/${conversationId}`);
    await page.getByText(`Answer ${MESSAGES - 1}:`, { exact: false }).waitFor();
    const pennyLoad = performance.now() - started;
    const pennyFrames = await scrollFrames(page, ".chat__scroll");
    const pennyNodes = await elementCount(page);

    const plain = await context.newPage();
    const baselineStarted = performance.now();
    await plain.setContent(baselinePage());
    await plain.getByText(`Message ${MESSAGES - 1}:`).waitFor();
    const baselineLoad = performance.now() - baselineStarted;
    const baselineFrames = await scrollFrames(plain, "#scroll");
    const baselineNodes = await elementCount(plain);
    await context.close();
    return {
      loadMs: { penny: pennyLoad, baseline: baselineLoad },
      frame: { penny: percentiles(pennyFrames), baseline: percentiles(baselineFrames) },
      longFrames: {
        penny: pennyFrames.filter((frame) => frame > 50).length,
        baseline: baselineFrames.filter((frame) => frame > 50).length,
      },
      domNodes: { penny: pennyNodes, baseline: baselineNodes },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printWebReport(bundle: BundleFigures, scroll: ScrollFigures | undefined): void {
  const one = (value: number) => value.toFixed(1);
  console.log("\nWeb workbench — JavaScript (gzipped) and a 1,000-message conversation in Chromium\n");
  console.log(
    `chat route scripts: ${one(bundle.chatRouteKb)} KB (budget ${CHAT_ROUTE_BUDGET_KB} KB; ` +
      `${one((bundle.chatRouteKb / CHAT_ROUTE_BUDGET_KB) * 100)}% of it)`,
  );
  console.log(
    `all scripts, as one unsplit bundle would be: ${one(bundle.allScriptsKb)} KB ` +
      `(chat route / all = ${(bundle.chatRouteKb / bundle.allScriptsKb).toFixed(2)}×)`,
  );
  console.log(
    `largest chunks loaded on demand: ${bundle.largestLazy.map((chunk) => `${chunk.file} ${one(chunk.kb)} KB`).join(", ")}`,
  );
  if (!scroll) return;
  const ratio = (ours: number, baseline: number) => `${(ours / Math.max(baseline, 0.001)).toFixed(2)}×`;
  console.log(
    `\nopen to last message visible: Penny ${Math.round(scroll.loadMs.penny)} ms, static HTML ${Math.round(scroll.loadMs.baseline)} ms (${ratio(scroll.loadMs.penny, scroll.loadMs.baseline)})`,
  );
  console.log(
    `scroll frame p50 / p99: Penny ${one(scroll.frame.penny.p50)} / ${one(scroll.frame.penny.p99)} ms, ` +
      `static HTML ${one(scroll.frame.baseline.p50)} / ${one(scroll.frame.baseline.p99)} ms ` +
      `(p50 ${ratio(scroll.frame.penny.p50, scroll.frame.baseline.p50)})`,
  );
  console.log(
    `frames over 50 ms: Penny ${scroll.longFrames.penny} of 40, static HTML ${scroll.longFrames.baseline} of 40; ` +
      `DOM elements: Penny ${scroll.domNodes.penny.toLocaleString("en-US")}, static HTML ${scroll.domNodes.baseline.toLocaleString("en-US")}`,
  );
}
