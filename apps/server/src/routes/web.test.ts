import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";
import { handleError } from "../errors/error-handler.ts";
import { handleNotFound } from "../errors/not-found-handler.ts";
import { DIAGRAM_CANVAS_CSP, WEB_APP_CSP, webRoutes } from "./web.ts";

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>';
const SCRIPT = "console.log('penny');";
const CANVAS =
  '<!doctype html><html><head><script type="module" src="/assets/canvas-abc123.js"></script></head></html>';
const UUID = "5f0c1a52-8a55-4a7e-9d55-3c1b1d0d7e11";
const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

/** The web routes alone on an app with Penny's error and not-found handlers, serving a dist folder of our own. */
async function webApp(distDir: string) {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  await app.register(webRoutes, { distDir });
  return app;
}

describe("the web app from a build", () => {
  let distDir: string;
  let app: Awaited<ReturnType<typeof webApp>>;
  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), "penny-web-"));
    await mkdir(path.join(distDir, "assets"));
    await writeFile(path.join(distDir, "index.html"), INDEX);
    await writeFile(path.join(distDir, "diagram-canvas.html"), CANVAS);
    await writeFile(path.join(distDir, "assets", "index-abc123.js"), SCRIPT);
    await writeFile(path.join(distDir, "secret.txt"), "SECRET-FILE-CONTENT");
    app = await webApp(distDir);
  });
  afterAll(async () => {
    await app.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it("serves index.html at / under the strict CSP, revalidated on every load", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toBe(INDEX);
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["content-security-policy"]).toBe(WEB_APP_CSP);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("serves the diagram canvas under its own CSP: inline styles, only this origin's scripts, framed by Penny", async () => {
    const response = await app.inject({ method: "GET", url: "/diagram-canvas" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["content-security-policy"]).toBe(DIAGRAM_CANVAS_CSP);
    expect(DIAGRAM_CANVAS_CSP).toContain("default-src 'none'");
    expect(DIAGRAM_CANVAS_CSP).toContain("script-src 'self'");
    expect(DIAGRAM_CANVAS_CSP).toContain("frame-ancestors 'self'");
    expect(DIAGRAM_CANVAS_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(response.body).toBe(CANVAS);
  });

  it("has a CSP that allows only this origin and neither inline nor eval'd code", () => {
    expect(WEB_APP_CSP).toContain("default-src 'self'");
    expect(WEB_APP_CSP).toContain("script-src 'self'");
    expect(WEB_APP_CSP).toContain("frame-ancestors 'none'");
    // 'wasm-unsafe-eval' allows compiling WebAssembly (Graphviz), never JavaScript eval.
    expect(WEB_APP_CSP).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it("serves hashed assets with their type, cached for a year as immutable", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(SCRIPT);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a missing asset, a dotfile or a way out of assets/ with a problem document, never a file", async () => {
    for (const url of [
      "/assets/index-gone.js",
      "/assets/.env",
      "/assets/..%2Fsecret.txt",
      "/assets/%2E%2E%2Fsecret.txt",
    ]) {
      const response = await app.inject({ method: "GET", url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.headers["content-type"], url).toMatch(/application\/problem\+json/);
      expect(response.body, url).not.toContain("SECRET-FILE-CONTENT");
    }
  });

  it("gives the app to any page a browser asks for as HTML, so a reload on /c/<id> works", async () => {
    for (const url of [`/c/${UUID}`, "/login?next=%2F", "/some/deep/page"]) {
      const response = await app.inject({ method: "GET", url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(INDEX);
      expect(response.headers["content-security-policy"], url).toBe(WEB_APP_CSP);
    }
  });

  it("keeps JSON 404s on API and operations paths, even for a browser", async () => {
    for (const url of [
      "/v1/nothing-here",
      "/v1",
      "/healthz/extra",
      "/metrics/x",
      "/openapi.json",
      "/scim/v2/Nope",
    ]) {
      const response = await app.inject({ method: "GET", url, headers: HTML });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"], url).toMatch(/application\/problem\+json/);
      expect(response.json().code, url).toBe("PENNY_ROUTE_NOT_FOUND");
    }
  });

  it("does not answer non-HTML requests for unknown paths with the app", async () => {
    const response = await app.inject({
      method: "GET",
      url: `/c/${UUID}`,
      headers: { accept: "application/json" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
  });
});

describe("the web app before it is built", () => {
  let distDir: string;
  let app: Awaited<ReturnType<typeof webApp>>;
  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), "penny-web-empty-"));
    app = await webApp(distDir);
  });
  afterAll(async () => {
    await app.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it("says how to build it, under a CSP that allows only its own style", async () => {
    for (const url of ["/", "/c/anything"]) {
      const response = await app.inject({ method: "GET", url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain("npm run build -w @penny/web");
      expect(response.body, url).toContain('href="/v1/openapi.json"');
      const policy = String(response.headers["content-security-policy"]);
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toContain("unsafe-inline");
    }
  });
});

describe("the web routes in the real app", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp();
  });
  afterAll(() => testApp.dispose());

  it("serves HTML at / and keeps the API's JSON 404s", async () => {
    const page = await testApp.app.inject({ method: "GET", url: "/", headers: HTML });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.headers["content-security-policy"]).toBeDefined();
    const api = await testApp.app.inject({ method: "GET", url: "/v1/no-such-thing", headers: HTML });
    expect(api.statusCode).toBe(404);
    expect(api.headers["content-type"]).toMatch(/application\/problem\+json/);
  });
});
