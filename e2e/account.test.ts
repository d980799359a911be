import { totpCodeAt } from "@penny/auth";
import { schema } from "@penny/db";
import { linksInText } from "@penny/mail";
import { desc, eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, useE2eSession } from "./support/e2e-session.ts";

const DEMO_PASSWORD = "penny-demo";
const session = useE2eSession();

function openContext(options: { locale?: string; width?: number } = {}): Promise<BrowserContext> {
  return recordingContext(session, {
    locale: options.locale,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
}

const violationsOf = cspViolations;

async function expectCleanPage(page: Page, screen: string) {
  expect(await seriousViolations(page), `axe on ${screen}`).toEqual([]);
  expect(await violationsOf(page), `CSP on ${screen}`).toEqual([]);
}

async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens the account page the way a person does: the avatar menu, then "Account settings". */
async function openAccountPage(page: Page) {
  await page.getByRole("button", { name: "Account and preferences" }).click();
  await page.getByRole("link", { name: "Account settings" }).click();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
}

/** The path of the newest link mailed to `to` that contains `marker` (the mail sits in the outbox: no SMTP here). */
async function mailedPath(to: string, marker: string): Promise<string> {
  const mails = await session.server.testApp.database.withPlatform((tx) =>
    tx
      .select({ text: schema.mailOutbox.text })
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.to, to))
      .orderBy(desc(schema.mailOutbox.createdAt)),
  );
  for (const mail of mails) {
    const link = linksInText(mail.text).find((candidate) => candidate.includes(marker));
    if (link) return new URL(link).pathname;
  }
  throw new Error(`no ${marker} link mailed to ${to}`);
}

/** Invites `email` into the tenant of `inviter` through the API, as that person. */
async function invite(inviter: "admin" | "globexAdmin", email: string, role: string) {
  const answer = await session.server.testApp.app.inject({
    method: "POST",
    url: "/v1/invites",
    headers: await session.server.testApp.headersFor(session.server.testApp.users[inviter]),
    payload: { email, role },
  });
  expect(answer.statusCode, answer.body).toBe(201);
}

const meWithKey = (secret: string) =>
  fetch(`${session.server.baseUrl}/v1/me`, { headers: { authorization: `Bearer ${secret}` } });

describe("account screens in Chromium", () => {
  it("creates an API key whose secret shows once and works as a Bearer token, then revokes it", async () => {
    const context = await openContext();
    const page = await context.newPage();
    await signInAs(page, "admin@acme.test");
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await openAccountPage(page);
    expect(await page.getByRole("definition").allTextContents()).toEqual(
      expect.arrayContaining(["admin@acme.test", "Acme Robotics", "Admin"]),
    );
    await page.getByText("This browser", { exact: true }).waitFor();
    await expectCleanPage(page, "the account page");

    await page.getByLabel("Key name").fill("Nightly export");
    await page.getByLabel("Expires").selectOption("30");
    await page.getByRole("button", { name: "Create key" }).click();
    const secretBox = page.getByRole("textbox", { name: "The new key" });
    await secretBox.waitFor();
    await page.getByText("This is the only time Penny shows this key.").waitFor();
    const secret = await secretBox.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await expectCleanPage(page, "the new key's secret");

    const asKey = await meWithKey(secret);
    expect(asKey.status).toBe(200);
    expect(await asKey.json()).toMatchObject({ via: "api_key", user: { email: "admin@acme.test" } });

    // Once stored, the secret is gone from the page for good; the key stays listed by name and prefix.
    await page.getByRole("button", { name: "I have stored it" }).click();
    await secretBox.waitFor({ state: "detached" });
    expect(await page.content()).not.toContain(secret);
    const row = page.getByRole("listitem").filter({ hasText: "Nightly export" });
    await row.waitFor();
    expect(await row.textContent()).toContain(secret.slice(0, 8));

    await row.getByRole("button", { name: "Revoke Nightly export" }).click();
    await row.getByText("Scripts using it stop working at once.").waitFor();
    await row.getByRole("button", { name: "Revoke key" }).click();
    await row.waitFor({ state: "detached" });
    expect((await meWithKey(secret)).status).toBe(401);
    await context.close();
  });

  it("lists sessions and signs out the other ones", async () => {
    const other = await openContext();
    const otherPage = await other.newPage();
    await signInAs(otherPage, "maria@acme.test");
    await otherPage.getByRole("textbox", { name: "Message" }).waitFor();

    const context = await openContext();
    const page = await context.newPage();
    await signInAs(page, "maria@acme.test");
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await openAccountPage(page);
    const sessions = page.getByRole("list", { name: "Signed-in sessions" }).getByRole("listitem");
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await page.getByText("Only this browser is signed in.").waitFor();
    expect(await sessions.count()).toBe(1);
    expect(await sessions.first().textContent()).toContain("This browser");
    expect((await otherPage.request.get("/v1/me")).status()).toBe(401);
    expect((await page.request.get("/v1/me")).status()).toBe(200);
    await other.close();
    await context.close();
  });

  it("enrols in MFA from the QR code's secret, signs in with a code, and turns MFA off with a recovery code", async () => {
    const context = await openContext();
    const page = await context.newPage();
    await signInAs(page, "viewer@acme.test");
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await openAccountPage(page);

    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    const qr = page.getByRole("img", { name: "QR code to add Penny to an authenticator app" });
    await qr.waitFor();
    expect(await qr.getAttribute("src")).toMatch(/^blob:/);
    await page.waitForFunction(
      "document.querySelector('.account__qr')?.complete && document.querySelector('.account__qr').naturalWidth > 0",
    );
    const secret = ((await page.locator(".account__setup-key").textContent()) ?? "").trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await expectCleanPage(page, "MFA enrolment");

    await page.getByLabel("6-digit code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByRole("alert").filter({ hasText: "That code is not right." }).waitFor();
    await page.getByLabel("6-digit code from the app").fill(await totpCodeAt(secret, new Date()));
    await page.getByRole("button", { name: "Turn on" }).click();
    const codesList = page.getByRole("list", { name: "Save your recovery codes" });
    await codesList.waitFor();
    const recoveryCodes = (await codesList.getByRole("listitem").allTextContents()).map((code) =>
      code.trim(),
    );
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(8);
    expect(await page.getByRole("link", { name: "Download codes" }).getAttribute("download")).toBe(
      "penny-recovery-codes.txt",
    );
    await expectCleanPage(page, "the recovery codes");
    await page.getByRole("button", { name: "I have saved them" }).click();
    await page.getByText(`${recoveryCodes.length} recovery codes left`, { exact: false }).waitFor();

    // The next sign-in asks for a code; the app's next code lets the person in.
    await page.getByRole("button", { name: "Account and preferences" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await signInAs(page, "viewer@acme.test");
    await page.getByLabel("Code").fill(await totpCodeAt(secret, new Date(Date.now() + 30_000)));
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("textbox", { name: "Message" }).waitFor();

    await openAccountPage(page);
    await page.getByRole("button", { name: "Turn off" }).click();
    await page.getByLabel("A current code from the app, or a recovery code").fill(recoveryCodes[0] ?? "");
    await page.getByRole("button", { name: "Turn off two-factor authentication" }).click();
    await page.getByRole("button", { name: "Set up two-factor authentication" }).waitFor();
    const status = await page.request.get("/v1/me/mfa");
    expect(await status.json()).toMatchObject({ enrolled: false });
    await context.close();
  });

  it("enrols at sign-in when the organization requires MFA, then enters the workbench", async () => {
    const policy = await session.server.testApp.app.inject({
      method: "PUT",
      url: "/v1/policies/mfa",
      headers: await session.server.testApp.headersFor(session.server.testApp.users.globexAdmin),
      payload: { required: true },
    });
    expect(policy.statusCode, policy.body).toBe(200);

    const context = await openContext({ width: 390 });
    const page = await context.newPage();
    await signInAs(page, "admin@globex.test");
    await page.getByText("Your organization requires two-factor authentication.").waitFor();
    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await page.getByRole("img", { name: "QR code to add Penny to an authenticator app" }).waitFor();
    await expectCleanPage(page, "MFA enrolment at sign-in, phone width");
    const secret = ((await page.locator(".account__setup-key").textContent()) ?? "").trim();
    await page.getByLabel("6-digit code from the app").fill(await totpCodeAt(secret, new Date()));
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByRole("heading", { name: "Save your recovery codes" }).waitFor();
    await page.getByRole("button", { name: "I have saved them" }).click();
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    expect(await (await page.request.get("/v1/me")).json()).toMatchObject({ tenant: { slug: "globex" } });

    // The account page at phone width says MFA is on and may not be turned off here.
    await page.goto("/account");
    await page.getByText("Your organization requires it, so it cannot be turned off.").waitFor();
    expect(await page.getByRole("button", { name: "Turn off" }).count()).toBe(0);
    await expectCleanPage(page, "the account page, phone width");
    await context.close();
    await session.server.testApp.app.inject({
      method: "PUT",
      url: "/v1/policies/mfa",
      headers: await session.server.testApp.headersFor(session.server.testApp.users.globexAdmin),
      payload: { required: false },
    });
  });

  it("accepts an invitation as a new person, in Spanish, and lands in the workbench", async () => {
    await invite("admin", "nueva@example.test", "creator");
    const path = await mailedPath("nueva@example.test", "/invite/");

    const context = await openContext({ locale: "es-ES" });
    const page = await context.newPage();
    await page.goto(path);
    // Before accepting, the page names the organization, the (masked) address and the role.
    await page.getByRole("heading", { name: "Únete a Acme Robotics en Penny" }).waitFor();
    await page.getByText("Esta invitación es para n•••@example.test, con el rol").waitFor();
    await expectCleanPage(page, "the invitation page (Spanish)");

    await page.getByLabel("Correo electrónico (la dirección invitada)").fill("nueva@example.test");
    await page.getByLabel("Tu nombre").fill("Nueva Persona");
    await page.getByLabel("Elige una contraseña").fill("corta");
    await page.getByRole("button", { name: "Crear la cuenta y unirme" }).click();
    await page.getByRole("alert").filter({ hasText: "Elige una contraseña más segura" }).waitFor();

    await page.getByLabel("Elige una contraseña").fill("una contraseña bastante larga");
    await page.getByRole("button", { name: "Crear la cuenta y unirme" }).click();
    await page.getByRole("textbox", { name: "Mensaje" }).waitFor();
    const me = await (await page.request.get("/v1/me")).json();
    expect(me).toMatchObject({
      user: { email: "nueva@example.test", name: "Nueva Persona" },
      role: "creator",
    });
    expect(me.tenant.slug).toBe("acme");

    // The link works once.
    const again = await openContext();
    const visitor = await again.newPage();
    await visitor.goto(path);
    await visitor.getByText("This invitation was already accepted. Sign in to continue.").waitFor();
    expect(await visitor.getByRole("button", { name: "Create account and join" }).count()).toBe(0);
    await again.close();
    await context.close();
  });

  it("resets a forgotten password from the mailed link", async () => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByRole("heading", { name: "Reset your password" }).waitFor();
    await expectCleanPage(page, "the reset request page");

    // An unknown address gets the same answer as a known one.
    await page.getByLabel("Email").fill("nobody@nowhere.test");
    await page.getByRole("button", { name: "Send reset link" }).click();
    const neutral = await page
      .getByRole("status")
      .filter({ hasText: "If an account uses this address" })
      .textContent();
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill("dev@acme.test");
    await page.getByRole("button", { name: "Send reset link" }).click();
    expect(
      await page.getByRole("status").filter({ hasText: "If an account uses this address" }).textContent(),
    ).toBe(neutral);

    await page.goto(await mailedPath("dev@acme.test", "/reset-password/"));
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectCleanPage(page, "the new password page");
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Repeat the new password").fill("a different passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByRole("alert").filter({ hasText: "The two passwords are not the same." }).waitFor();
    await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByText("Your password is changed.").waitFor();
    await page.getByRole("link", { name: "Sign in" }).click();

    await page.getByLabel("Email").fill("dev@acme.test");
    await page.getByLabel("Password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await context.close();
  });

  it("joins a second organization from an invitation while signed in, then switches between them", async () => {
    await invite("globexAdmin", "dev@acme.test", "viewer");
    const path = await mailedPath("dev@acme.test", "/invite/");

    const context = await openContext();
    const page = await context.newPage();
    await signInAs(page, "dev@acme.test", "a brand new passphrase");
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    const switcher = page.getByRole("combobox", { name: "Organization" });
    expect(await switcher.count()).toBe(0);

    await page.goto(path);
    await page.getByText("You are signed in as dev@acme.test.").waitFor();
    await expectCleanPage(page, "the invitation page, signed in");
    await page.getByRole("button", { name: "Accept invitation" }).click();
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await switcher.waitFor();
    expect(await switcher.inputValue()).toBe("globex");
    expect(await (await page.request.get("/v1/me")).json()).toMatchObject({
      tenant: { slug: "globex" },
      role: "viewer",
    });
    await expectCleanPage(page, "the workbench with the tenant switcher");

    // Switching reloads the app in the other organization.
    await Promise.all([page.waitForEvent("load"), switcher.selectOption("acme")]);
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    expect(await switcher.inputValue()).toBe("acme");
    expect(await (await page.request.get("/v1/me")).json()).toMatchObject({
      tenant: { slug: "acme" },
      role: "creator",
    });
    await context.close();
  });
  it("changes one's own name and password from the account page; the old password stops working", async () => {
    await invite("admin", "profile@example.test", "viewer");
    const token = (await mailedPath("profile@example.test", "/invite/")).split("/invite/")[1];
    const accepted = await session.server.testApp.app.inject({
      method: "POST",
      url: `/v1/invites/${token}/accept`,
      payload: { name: "Pat Profile", password: "the first long passphrase" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const context = await openContext();
    const page = await context.newPage();
    await signInAs(page, "profile@example.test", "the first long passphrase");
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await openAccountPage(page);

    await page.getByRole("button", { name: "Change name" }).click();
    await page.getByLabel("Your name").fill("Patricia Profile");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("main").getByText("Patricia Profile", { exact: true }).waitFor();
    expect((await (await page.request.get("/v1/me")).json()).user.name).toBe("Patricia Profile");

    const password = page.getByRole("region", { name: "Password", exact: true });
    await password.getByLabel("Current password").fill("not the password");
    await password.getByLabel("New password", { exact: true }).fill("the second long passphrase");
    await password.getByLabel("New password again").fill("the second long passphrase");
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByRole("alert").filter({ hasText: "The current password is not right." }).waitFor();

    await password.getByLabel("Current password").fill("the first long passphrase");
    await password.getByLabel("New password again").fill("something else entirely");
    await password.getByRole("button", { name: "Change password" }).click();
    await password
      .getByRole("alert")
      .filter({ hasText: "The two new passwords are not the same." })
      .waitFor();

    await password.getByLabel("New password again").fill("the second long passphrase");
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByRole("status").filter({ hasText: "Password changed." }).waitFor();
    await expectCleanPage(page, "the account page after changing the password");
    // This browser stays signed in.
    expect((await page.request.get("/v1/me")).status()).toBe(200);

    const later = await openContext();
    const again = await later.newPage();
    await signInAs(again, "profile@example.test", "the first long passphrase");
    await again.getByRole("alert").waitFor();
    await signInAs(again, "profile@example.test", "the second long passphrase");
    await again.getByRole("textbox", { name: "Message" }).waitFor();
    await later.close();
    await context.close();
  });
});
