import { loadConfig } from "@penny/config";
import { Database, migrate } from "@penny/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";
import { buildApp } from "../build-app.ts";
import { createLogger } from "../logger.ts";

const expectedKind = process.env.DATABASE_URL ? "postgres" : "pglite";

describe("health routes on a migrated database", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.dispose());

  it("answers /healthz while the process is up", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("reports ready, with what the database is", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: "ready",
      database: { kind: expectedKind, migrated: true, vector: await testApp.database.hasVector() },
    });
  });
});

describe("readiness when the database cannot serve", () => {
  it("answers 503 naming the pending migrations until the database is migrated", async () => {
    const testApp = await openTestApp({ migrated: false });
    try {
      const before = await testApp.app.inject({ method: "GET", url: "/readyz" });
      expect(before.statusCode).toBe(503);
      expect(before.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(before.json()).toMatchObject({
        status: 503,
        code: "PENNY_NOT_READY",
        detail: expect.stringContaining("0000_roles"),
      });

      await migrate(testApp.database);
      const after = await testApp.app.inject({ method: "GET", url: "/readyz" });
      expect(after.statusCode).toBe(200);
    } finally {
      await testApp.dispose();
    }
  });

  it("answers 503 when the database does not answer", async () => {
    // Its own in-memory database, closed on purpose: the shared test helper would close it a second time.
    const database = await Database.open();
    const app = buildApp({
      config: loadConfig({}),
      database,
      logger: createLogger({ level: "silent" }),
      masterKey: Buffer.alloc(32, 1),
    });
    await database.close();
    const response = await app.inject({ method: "GET", url: "/readyz" });
    await app.close();
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      code: "PENNY_NOT_READY",
      detail: "The database does not answer.",
    });
  });
});
