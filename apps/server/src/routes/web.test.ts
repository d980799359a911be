import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

describe("GET /", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.dispose());

  it("serves the placeholder page linking to the API description and the health check", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("Penny is running — the web workbench is coming");
    expect(response.body).toContain('href="/v1/openapi.json"');
    expect(response.body).toContain('href="/healthz"');
  });

  it("sends a strict Content-Security-Policy that still allows the page's own style", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/" });
    const policy = String(response.headers["content-security-policy"]);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-inline");
    const style = /<style>([\s\S]*?)<\/style>/.exec(response.body)?.[1] ?? "";
    expect(policy).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  });
});
