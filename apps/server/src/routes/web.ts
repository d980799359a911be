import { access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";
import { missingBuildPage, missingBuildPageCsp } from "./placeholder-page.ts";

/** Where `npm run build -w @penny/web` writes the web app, found from this file so any working directory works. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

/**
 * The web app's Content-Security-Policy: only this origin's scripts, styles, fetches and images (plus data: and
 * blob: images, which chart exports make). No 'unsafe-inline' and no 'unsafe-eval': the build has no inline script,
 * and charts run Vega's expression interpreter instead of generated code.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "style-src 'self'",
  // WebAssembly only (Graphviz for diagrams is compiled C); JavaScript eval stays forbidden.
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Paths that belong to the API (or operations), which keep their problem+json 404s and never get the app. */
const API_PATH = /^\/(?:v1|scim|healthz|readyz|metrics|openapi)(?:[/.?]|$)/;

/** A route constraint: the request's Accept header names HTML (a browser navigating), so the app may answer. */
const ACCEPTS_HTML = "acceptsHtml";
type ConstraintStrategy = Parameters<FastifyInstance["addConstraintStrategy"]>[0];
type RouteHandler = ReturnType<ReturnType<ConstraintStrategy["storage"]>["get"]>;
const acceptsHtmlStrategy: ConstraintStrategy = {
  name: ACCEPTS_HTML,
  storage() {
    const handlers = new Map<unknown, RouteHandler>();
    return {
      get: (value) => handlers.get(value) ?? null,
      set: (value, handler) => {
        handlers.set(value, handler);
      },
    };
  },
  deriveConstraint: (request) => (String(request.headers.accept ?? "").includes("text/html") ? "yes" : "no"),
  mustMatchWhenDerived: false,
};

/**
 * The page the web app draws Mermaid diagrams in (apps/web/diagram-canvas.html, a second Vite entry). Mermaid lays
 * text out in a live DOM and writes a <style> element and style attributes as it draws, which the app's CSP forbids;
 * this page may use inline styles, runs only Penny's own scripts (no inline ones, no eval), fetches nothing, and only
 * Penny may frame it. The drawing leaves it as SVG text, which the app shows as an <img>.
 */
export const DIAGRAM_CANVAS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src data:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const htmlResponse = {
  200: { description: "The web app's page", content: { "text/html": { schema: z.string() } } },
  ...problemResponses,
};

export interface WebRoutesOptions {
  /** The built web app; defaults to apps/web/dist (tests point it elsewhere). */
  distDir?: string;
}

/**
 * The web front door: the built React app from apps/web/dist on the same origin as the API. Hashed assets are
 * cached for a year; index.html is revalidated on every load, so a new build is picked up at once. Any other GET that
 * asks for HTML (a reload on /c/<id>) gets index.html and the app routes it; API paths keep their JSON 404s.
 */
export const webRoutes: FastifyPluginAsyncZod<WebRoutesOptions> = async (app, options) => {
  const distDir = options.distDir ?? WEB_DIST_DIR;
  // Only the reply.sendFile decorator: the routes below decide what is served, with schemas and access rules.
  await app.register(fastifyStatic, { serve: false });
  if (!app.hasConstraintStrategy(ACCEPTS_HTML)) app.addConstraintStrategy(acceptsHtmlStrategy);

  const sendApp = async (reply: FastifyReply) => {
    const built = await access(path.join(distDir, "index.html")).then(
      () => true,
      () => false,
    );
    reply.header("x-content-type-options", "nosniff").header("referrer-policy", "no-referrer");
    if (!built) {
      return reply
        .header("content-security-policy", missingBuildPageCsp)
        .header("cache-control", "no-store")
        .type("text/html; charset=utf-8")
        .send(missingBuildPage);
    }
    return reply
      .header("content-security-policy", WEB_APP_CSP)
      .header("cross-origin-opener-policy", "same-origin")
      .sendFile("index.html", distDir, { cacheControl: false, dotfiles: "deny" })
      .header("cache-control", "no-cache");
  };

  app.get(
    "/",
    {
      config: { access: "public" },
      schema: { summary: "The web app", tags: ["web"], response: htmlResponse },
    },
    async (_request, reply) => sendApp(reply),
  );

  app.get(
    "/diagram-canvas",
    {
      config: { access: "public" },
      schema: {
        summary: "The page the web app draws diagrams in (inline styles allowed, only Penny's scripts)",
        tags: ["web"],
        response: htmlResponse,
      },
    },
    async (_request, reply) => {
      const built = await access(path.join(distDir, "diagram-canvas.html")).then(
        () => true,
        () => false,
      );
      if (!built) return reply.callNotFound();
      return reply
        .header("content-security-policy", DIAGRAM_CANVAS_CSP)
        .header("x-content-type-options", "nosniff")
        .header("referrer-policy", "no-referrer")
        .sendFile("diagram-canvas.html", distDir, { cacheControl: false, dotfiles: "deny" })
        .header("cache-control", "no-cache");
    },
  );

  app.get(
    "/assets/:file",
    {
      config: { access: "public" },
      schema: {
        summary: "A file of the built web app (content-hashed, cached for a year)",
        tags: ["web"],
        params: z.object({ file: z.string().regex(/^[\w.-]+$/, "is not an asset name") }),
        response: {
          200: { description: "The file", content: { "*/*": { schema: z.string() } } },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      if (request.params.file.startsWith(".")) return reply.callNotFound();
      reply.header("x-content-type-options", "nosniff");
      return reply.sendFile(`assets/${request.params.file}`, distDir, {
        immutable: true,
        maxAge: "365d",
        dotfiles: "deny",
      });
    },
  );

  app.get(
    "/*",
    {
      config: { access: "public" },
      constraints: { [ACCEPTS_HTML]: "yes" },
      schema: {
        summary: "The web app for any page of it (the app reads the path), when the browser asks for HTML",
        tags: ["web"],
        response: htmlResponse,
      },
    },
    async (request: FastifyRequest, reply) => {
      const pathname = request.url.split("?", 1)[0] ?? "/";
      if (API_PATH.test(pathname)) return reply.callNotFound();
      return sendApp(reply);
    },
  );
};
