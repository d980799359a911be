import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

/** A real 1×1 PNG, enough for the browser to decode and show. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const BRAND = "#1d4ed8";
const BRAND_RGB = "rgb(29, 78, 216)";

/** Dashboards, axe and two browsers in one test take their time on a shared machine. */
const SLOW = 180_000;

const session = useE2eSession();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function newPage(): Promise<Page> {
  const context = await recordingContext(session);
  contexts.push(context);
  return context.newPage();
}

/** The colour a CSS variable resolves to on this page, read through a probe element (light-dark() resolved). */
const resolvedColour = (page: Page, variable: string) =>
  page.evaluate(`(() => {
    const probe = document.createElement("span");
    probe.style.setProperty("color", "var(${variable})");
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  })()`) as Promise<string>;

const focusedName = (page: Page) =>
  page.evaluate(
    `document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.getAttribute("placeholder") ?? ""`,
  ) as Promise<string>;

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });

describe("command palette", () => {
  it(
    "opens with Ctrl+K, filters as one types, runs a command by keyboard and gives focus back on Escape",
    async () => {
      const page = await newPage();
      await signIn(page, "admin@acme.test");
      const composer = page.getByRole("textbox", { name: "Message" });
      await composer.focus();

      await page.keyboard.press("Control+k");
      await palette(page).waitFor();
      const input = page.getByRole("combobox", { name: "Type a command or a conversation's title" });
      expect(await page.evaluate(`document.activeElement?.getAttribute("role")`)).toBe("combobox");
      expect(await palette(page).getAttribute("aria-modal")).toBe("true");
      const options = palette(page).getByRole("option");
      await expect.poll(() => options.filter({ hasText: "Open dashboard:" }).count()).toBe(6);
      expect(await seriousViolations(page)).toEqual([]);

      // Escape closes and the composer has the focus again.
      await page.keyboard.press("Escape");
      await palette(page).waitFor({ state: "detached" });
      expect(await focusedName(page)).toBe("Message");

      await page.keyboard.press("Control+k");
      await input.fill("sales fun");
      await expect
        .poll(() => options.allTextContents())
        .toEqual([expect.stringMatching(/^Open dashboard: Sales funnel/)]);
      await input.fill("dashboard");
      await page.keyboard.press("End");
      const last = await options.last().getAttribute("id");
      expect(await input.getAttribute("aria-activedescendant")).toBe(last);
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowDown");
      const second = (await options.nth(1).textContent()) ?? "";
      expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname.startsWith("/d/"));
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(second).toContain(await page.getByRole("heading", { level: 1 }).textContent());

      // The conversation search keeps a shortcut of its own.
      await page.goto("/");
      await composer.waitFor();
      await page.keyboard.press("Control+Shift+F");
      await expect.poll(() => focusedName(page)).toBe("Search (Ctrl+Shift+F)");
      expect(await cspViolations(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    "switches to the high-contrast theme, which axe finds clean, colour contrast included",
    async () => {
      const page = await newPage();
      await signIn(page, "maria@acme.test");
      await page.keyboard.press("Control+k");
      await page
        .getByRole("combobox", { name: "Type a command or a conversation's title" })
        .fill("high contrast");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(`document.documentElement.dataset.theme`)).toBe("high-contrast");
      expect(await resolvedColour(page, "--text")).toBe("rgb(0, 0, 0)");
      expect(await resolvedColour(page, "--accent")).toBe("rgb(0, 64, 138)");
      const violations = await seriousViolations(page);
      expect(violations).toEqual([]);
      // The palette itself, in high contrast.
      await page.keyboard.press("Control+k");
      await palette(page).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      // Kept on this device: a reload stays high contrast.
      await page.reload();
      await page.getByRole("textbox", { name: "Message" }).waitFor();
      expect(await page.evaluate(`document.documentElement.dataset.theme`)).toBe("high-contrast");
      expect(await cspViolations(page)).toEqual([]);
    },
    SLOW,
  );
});

describe("tenant theme", () => {
  it(
    "an admin previews, saves and members see the brand colour and logo; low contrast is refused",
    async () => {
      const admin = await newPage();
      await signIn(admin, "admin@acme.test");
      const defaultAccent = await resolvedColour(admin, "--accent");
      await admin.goto("/admin/themes");
      await admin.getByRole("heading", { level: 1, name: "Theme" }).waitFor();
      const background = () =>
        admin.evaluate(
          `getComputedStyle(document.querySelector('[data-testid="preview-primary"]')).backgroundColor`,
        ) as Promise<string>;

      await admin.getByLabel("Brand colour (hex)", { exact: true }).fill(BRAND);
      await expect.poll(background).toBe(BRAND_RGB);
      // Only the preview changed: the page keeps its colour until the theme is saved.
      expect(await resolvedColour(admin, "--accent")).toBe(defaultAccent);
      await expect.poll(() => admin.getByText(/Text on the brand colour: [\d.]+:1 — passes/).count()).toBe(1);

      await admin
        .getByLabel("Upload a logo")
        .setInputFiles({ name: "acme.png", mimeType: "image/png", buffer: PNG });
      const previewLogo = admin.getByTestId("theme-preview").getByRole("img", { name: "Acme Robotics logo" });
      await expect.poll(() => previewLogo.getAttribute("src")).toMatch(/^blob:/);
      expect(await seriousViolations(admin)).toEqual([]);

      await admin.getByRole("button", { name: "Save the theme" }).click();
      await admin.getByRole("status").filter({ hasText: "Saved." }).waitFor();
      await expect.poll(() => resolvedColour(admin, "--accent")).toBe(BRAND_RGB);
      const stored = (await (await admin.request.get("/v1/theme")).json()) as {
        theme: { tokens: { accent: string }; logo: { url: string } | null };
      };
      expect(stored.theme.tokens.accent).toBe(BRAND);
      expect(stored.theme.logo?.url).toMatch(/^\/v1\/theme\/logo/);

      // A low-contrast choice: the check says so before saving and Save is refused with the reason.
      await admin.getByLabel("Brand colour (hex)", { exact: true }).fill("#7fb0ff");
      await admin.getByText(/Text on the brand colour: [\d.]+:1 — too low/).waitFor();
      await admin.getByRole("button", { name: "Save the theme" }).click();
      await admin
        .getByRole("alert")
        .filter({ hasText: "Raise the contrast to at least 4.5:1 before saving." })
        .waitFor();
      expect(
        ((await (await admin.request.get("/v1/theme")).json()) as typeof stored).theme.tokens.accent,
      ).toBe(BRAND);
      expect(await cspViolations(admin)).toEqual([]);

      // Another member, in a browser of their own, gets the colour and the logo.
      const member = await newPage();
      // The sign-in page reached by the tenant's address shows its logo before anyone signs in.
      await member.goto("/login?tenant=acme");
      await member.getByRole("img", { name: "Your organization's logo" }).waitFor();
      expect(await member.evaluate(`document.querySelector("img.tenant-logo--sign-in")?.naturalWidth`)).toBe(
        1,
      );
      expect(await cspViolations(member)).toEqual([]);
      await signIn(member, "viewer@acme.test");
      await expect.poll(() => resolvedColour(member, "--accent")).toBe(BRAND_RGB);
      const logo = member.getByRole("banner").getByRole("img", { name: "Acme Robotics logo" });
      await logo.waitFor();
      await expect
        .poll(() => member.evaluate(`document.querySelector("header img.tenant-logo")?.naturalWidth`))
        .toBe(1);
      expect(await seriousViolations(member)).toEqual([]);
      expect(await cspViolations(member)).toEqual([]);

      // The admin screen in the dark theme: the preview stays light (where brand colours apply) and readable.
      await admin.evaluate(`localStorage.setItem("penny.theme", "dark")`);
      await admin.reload();
      await admin.getByRole("heading", { level: 1, name: "Theme" }).waitFor();
      await admin.getByText(/Text on the brand colour: [\d.]+:1 — passes/).waitFor();
      expect(await seriousViolations(admin)).toEqual([]);

      // Reset brings Penny's look back.
      await admin.getByRole("button", { name: "Reset to Penny's look" }).click();
      await admin.getByRole("button", { name: "Reset to Penny's look" }).last().click();
      await admin.getByRole("status").filter({ hasText: "The theme is back to Penny's look." }).waitFor();
      await expect
        .poll(() => admin.evaluate(`document.documentElement.style.getPropertyValue("--brand-accent")`))
        .toBe("");
      expect(await cspViolations(admin)).toEqual([]);
    },
    SLOW,
  );
});
