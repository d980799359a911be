import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.ts";
import { type PennyServer, startPennyServer } from "./penny-server.ts";
import { ensureWebBuild } from "./web-build.ts";

/** The real server and the browser one end-to-end test file shares. */
export interface E2eSession {
  readonly server: PennyServer;
  readonly browser: Browser;
}

/**
 * Builds the web app if needed, starts Penny in-process and launches Chromium before the file's tests, and closes
 * both after them. The fields are there once `beforeAll` has run.
 */
export function useE2eSession(): E2eSession {
  let server: PennyServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureWebBuild();
    server = await startPennyServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the test server starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
  };
}

/** A browser context on the test server whose pages record every Content-Security-Policy violation they report. */
export async function recordingContext(
  session: E2eSession,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext> {
  const context = await session.browser.newContext({
    baseURL: session.server.baseUrl,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: options.locale ?? "en-US",
  });
  // Runs in the page before its own scripts (through DevTools, so the page's CSP does not apply to it).
  await context.addInitScript({
    content: `
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.cspViolations.push(event.violatedDirective + " " + event.blockedURI + " " + event.sourceFile + ":" + event.lineNumber);
      });
    `,
  });
  return context;
}

/** The CSP violations a page recorded so far. */
export const cspViolations = (page: Page) => page.evaluate("window.cspViolations") as Promise<string[]>;

/** Signs in on the sign-in page as a demo user and waits for the workbench's message box. */
export async function signIn(page: Page, email: string, password = "penny-demo"): Promise<void> {
  await page.goto("/");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("textbox", { name: "Message" }).waitFor();
}
