import { createSamplePostgres, LOCAL_POSTGRES, type SamplePostgres } from "@penny/datasources/testing";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/accessibility.ts";
import { cspViolations, recordingContext, signIn, useE2eSession } from "./support/e2e-session.ts";

const READER_PASSWORD = "reader-secret-8841";

const session = useE2eSession();
let sample: SamplePostgres;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  sample = await createSamplePostgres();
});
afterAll(async () => {
  await context?.close();
  await sample?.drop();
});

/** Clicks through one counter; typing is not counted. */
function clickCounter() {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async click(locator: Locator) {
      count += 1;
      await locator.click();
    },
  };
}

const main = () => page.getByRole("main");
const card = () => main().getByRole("article", { name: "warehouse" });

describe("datasources in the admin console", () => {
  it("connects a PostgreSQL datasource and tests it in at most five clicks from the console's home", async () => {
    context = await recordingContext(session);
    page = await context.newPage();
    await signIn(page, "admin@acme.test");
    await page.goto("/admin");
    await page.getByRole("heading", { level: 1, name: "Admin console" }).waitFor();

    const clicks = clickCounter();
    await clicks.click(main().getByRole("link", { name: /Datasources/ }));
    const form = main().getByRole("form", { name: "Connect a PostgreSQL database" });
    await form.getByLabel("Name").fill("warehouse");
    await form.getByLabel("Host").fill(LOCAL_POSTGRES.host);
    await form.getByLabel("Port").fill(String(LOCAL_POSTGRES.port));
    await form.getByLabel("Database").fill(sample.database);
    await form.getByLabel("User (a read-only role)").fill(sample.readerRole);
    await form.getByLabel("Password").fill(READER_PASSWORD);
    await clicks.click(form.getByRole("button", { name: "Connect" }));
    await main().getByRole("status").filter({ hasText: "warehouse is connected." }).waitFor();
    await clicks.click(card().getByRole("button", { name: "Test the connection to warehouse" }));
    await card()
      .getByRole("status")
      .filter({
        hasText: `The connection works: Connected to 127.0.0.1:5432/${sample.database} as ${sample.readerRole}, a read-only role.`,
      })
      .waitFor();
    expect(clicks.count).toBeLessThanOrEqual(5);
    await card().getByText("Last test passed").waitFor();
    expect(await page.content()).not.toContain(READER_PASSWORD);
    const listed = await page.request.get("/v1/datasources");
    expect(listed.status()).toBe(200);
    expect(await listed.text()).not.toContain(READER_PASSWORD);
  });

  it("browses the tables, shows a query's rows, refuses a write in words, and lists the kinds not built", async () => {
    await card().getByRole("button", { name: "Show the tables of warehouse" }).click();
    const tables = card().getByRole("region", { name: "Tables of warehouse" });
    await tables.getByText("public.sales").waitFor();
    expect(await tables.textContent()).toContain("amount (numeric)");

    await card().getByLabel("Try a SELECT on warehouse").fill("SELECT name FROM regions ORDER BY id");
    await card().getByRole("button", { name: "Run the query on warehouse" }).click();
    const result = card().getByRole("region", { name: "Result from warehouse" });
    await result.getByRole("cell", { name: "South" }).waitFor();
    expect(await result.getByRole("row").count()).toBe(4);

    await card().getByLabel("Try a SELECT on warehouse").fill("DELETE FROM sales");
    await card().getByRole("button", { name: "Run the query on warehouse" }).click();
    await card()
      .getByRole("alert")
      .filter({ hasText: "Only a single SELECT can run on a datasource; this is a DELETE." })
      .waitFor();

    const kinds = main().getByRole("region", { name: "Kinds of datasource" });
    const bigquery = kinds.getByRole("listitem").filter({ hasText: "BigQuery" });
    await bigquery.getByText("Not built yet", { exact: true }).waitFor();
    expect(await bigquery.getAttribute("aria-disabled")).toBe("true");
    expect(await seriousViolations(page), "axe on datasources").toEqual([]);
  });

  it("deletes the datasource after asking, and saw no CSP violation", async () => {
    await card().getByRole("button", { name: "Delete warehouse" }).click();
    await card().getByRole("button", { name: "Delete", exact: true }).click();
    await main().getByRole("status").filter({ hasText: "warehouse was deleted." }).waitFor();
    await card().waitFor({ state: "detached" });
    expect(await cspViolations(page)).toEqual([]);
  });
});
