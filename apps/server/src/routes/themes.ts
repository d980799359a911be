import type { Tx } from "@penny/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";
import { LOGO_MAX_BYTES, logoMimes, sniffLogo } from "../tenant-theme/logo-image.ts";
import {
  type ActiveTheme,
  activeTenantId,
  deleteThemes,
  readActiveTheme,
  writeActiveTheme,
} from "../tenant-theme/theme-store.ts";
import { contrastProblem, normalizedTokens, themeTokensSchema } from "../tenant-theme/theme-tokens.ts";

const tags = ["themes"];
/**
 * The logo arrives base64-encoded in JSON (a third larger than its bytes). The body may be larger than the cap so
 * that a logo just over it gets a message saying the cap rather than a bare "too large".
 */
const LOGO_BODY_LIMIT = LOGO_MAX_BYTES * 2;

const themeSchema = z
  .object({
    tokens: themeTokensSchema,
    logo: z
      .object({
        url: z.string().describe("Same-origin URL of the logo, changing whenever the logo does"),
        hash: z.string().describe("SHA-256 of the logo's bytes"),
      })
      .nullable()
      .describe("Null: Penny's own mark"),
  })
  .meta({ id: "TenantTheme" });
const logoResponse = {
  200: { description: "The logo's bytes", content: { "image/*": { schema: z.string() } } },
  ...problemResponses,
};
const themeResponse = { 200: z.object({ theme: themeSchema }), ...problemResponses };

function themeView(theme: ActiveTheme) {
  return {
    theme: {
      tokens: theme.tokens,
      logo: theme.logoBlobKey
        ? { url: `/v1/theme/logo?v=${theme.logoBlobKey.slice(0, 16)}`, hash: theme.logoBlobKey }
        : null,
    },
  };
}

/** Serves the logo as an image only: no sniffing, and a sandboxing CSP should it ever be opened as a page. */
function sendLogo(reply: FastifyReply, logo: { bytes: Uint8Array; mime: string; hash: string }) {
  return reply
    .header("content-type", logo.mime)
    .header("etag", `"${logo.hash}"`)
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "sandbox; default-src 'none'")
    .header("cache-control", "private, no-cache")
    .send(Buffer.from(logo.bytes));
}

/**
 * The tenant's theme: brand colours, font and corner radius from a fixed allow-list of validated tokens (never CSS
 * text), and a logo (PNG, JPEG or WebP by their magic bytes, never SVG). Every member reads it; admins change it.
 */
export const themeRoutes: FastifyPluginAsyncZod = async (app) => {
  const withCaller = <T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>) =>
    app.database.withTenant(principalOf(request).tenantId, work);

  app.get(
    "/v1/theme",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "The signed-in tenant's active theme (tokens and logo)",
        tags,
        response: themeResponse,
      },
    },
    async (request) => themeView(await withCaller(request, (tx) => readActiveTheme(tx))),
  );

  app.get(
    "/v1/theme/logo",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "The tenant's logo (PNG, JPEG or WebP)",
        tags,
        querystring: z.object({ v: z.string().max(64).optional().describe("Cache key; ignored") }),
        response: logoResponse,
      },
    },
    async (request, reply) => {
      const { logoBlobKey } = await withCaller(request, (tx) => readActiveTheme(tx));
      const bytes = logoBlobKey ? await app.blobStore.get(logoBlobKey) : null;
      const mime = bytes ? sniffLogo(bytes) : null;
      if (!bytes || !mime) throw new PennyError("PENNY_NOT_FOUND", "This organization has no logo.");
      return sendLogo(reply, { bytes, mime, hash: logoBlobKey as string });
    },
  );

  app.get(
    "/v1/tenants/:tenantSlug/logo",
    {
      config: { access: "public" },
      schema: {
        summary: "A tenant's logo for its sign-in page (404 alike for no such tenant and no logo)",
        tags,
        params: z.object({ tenantSlug: z.string().min(1).max(100) }),
        response: logoResponse,
      },
    },
    async (request, reply) => {
      const tenantId = await activeTenantId(app.database, request.params.tenantSlug);
      const { logoBlobKey } = tenantId
        ? await app.database.withTenant(tenantId, (tx) => readActiveTheme(tx))
        : { logoBlobKey: null };
      const bytes = logoBlobKey ? await app.blobStore.get(logoBlobKey) : null;
      const mime = bytes ? sniffLogo(bytes) : null;
      if (!bytes || !mime || !logoBlobKey) throw new PennyError("PENNY_NOT_FOUND", "No logo to show.");
      return sendLogo(reply, { bytes, mime, hash: logoBlobKey });
    },
  );

  app.put(
    "/v1/admin/theme",
    {
      config: { access: "tenant:manage" },
      schema: {
        summary: "Set the tenant's colours, font and radius (the accent and its text need 4.5:1 contrast)",
        tags,
        body: z.object({ tokens: themeTokensSchema }),
        response: themeResponse,
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const tokens = normalizedTokens(request.body.tokens);
      const problem = contrastProblem(tokens);
      if (problem) throw new PennyError("PENNY_VALIDATION_FAILED", problem);
      const theme = await withCaller(request, async (tx) => {
        const written = await writeActiveTheme(tx, tenantId, { tokens });
        await auditChange(tx, request, {
          tenantId,
          action: "theme.update",
          target: "theme:default",
          data: { tokens },
        });
        return written;
      });
      return themeView(theme);
    },
  );

  app.put(
    "/v1/admin/theme/logo",
    {
      config: { access: "tenant:manage" },
      bodyLimit: LOGO_BODY_LIMIT,
      schema: {
        summary: `Upload the tenant's logo: PNG, JPEG or WebP, at most ${LOGO_MAX_BYTES / 1024} KB (SVG is refused)`,
        tags,
        body: z.object({
          content: z
            .string()
            .min(1)
            .max(LOGO_BODY_LIMIT)
            .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64")
            .describe("The image's bytes, base64-encoded"),
        }),
        response: themeResponse,
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const bytes = new Uint8Array(Buffer.from(request.body.content, "base64"));
      if (bytes.byteLength > LOGO_MAX_BYTES) {
        throw new PennyError(
          "PENNY_PAYLOAD_TOO_LARGE",
          `The logo is ${Math.ceil(bytes.byteLength / 1024)} KB; it may be at most ${LOGO_MAX_BYTES / 1024} KB.`,
        );
      }
      const mime = sniffLogo(bytes);
      if (!mime) {
        throw new PennyError(
          "PENNY_UNSUPPORTED_MEDIA_TYPE",
          `The logo must be a PNG, JPEG or WebP image (${logoMimes.join(", ")}); SVG and other files are not accepted.`,
        );
      }
      const { hash, size } = await app.blobStore.put(bytes);
      const theme = await withCaller(request, async (tx) => {
        const written = await writeActiveTheme(tx, tenantId, { logoBlobKey: hash });
        await auditChange(tx, request, {
          tenantId,
          action: "theme.logo.update",
          target: "theme:default",
          data: { mime, size, hash },
        });
        return written;
      });
      return themeView(theme);
    },
  );

  app.delete(
    "/v1/admin/theme/logo",
    {
      config: { access: "tenant:manage" },
      schema: {
        summary: "Remove the tenant's logo (Penny's mark shows again)",
        tags,
        response: themeResponse,
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const theme = await withCaller(request, async (tx) => {
        const written = await writeActiveTheme(tx, tenantId, { logoBlobKey: null });
        await auditChange(tx, request, { tenantId, action: "theme.logo.delete", target: "theme:default" });
        return written;
      });
      return themeView(theme);
    },
  );

  app.delete(
    "/v1/admin/theme",
    {
      config: { access: "tenant:manage" },
      schema: {
        summary: "Reset the tenant's theme to Penny's own look (colours, font, radius and logo)",
        tags,
        response: themeResponse,
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      await withCaller(request, async (tx) => {
        await deleteThemes(tx, tenantId);
        await auditChange(tx, request, { tenantId, action: "theme.reset", target: "theme:default" });
      });
      return themeView({ tokens: {}, logoBlobKey: null });
    },
  );
};
