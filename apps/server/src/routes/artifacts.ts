import { createHmac } from "node:crypto";
import {
  addArtifactVersion,
  artifactListQuerySchema,
  artifactTitleSchema,
  artifactViewSchema,
  createArtifact,
  createShareLink,
  isUntrustedMarkup,
  listArtifacts,
  listArtifactVersions,
  listShareLinks,
  readArtifactContent,
  renderChart,
  resolveShareLink,
  revokeShareLink,
  SHARE_LINK_MAX_SECONDS,
  shareLinkViewSchema,
  signContentUrl,
  verifyContentUrl,
} from "@penny/artifacts";
import { getConversation } from "@penny/chat";
import { artifactKinds } from "@penny/db";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { callerOf } from "../chat-caller.ts";
import { visibleArtifact, visibleArtifacts } from "../engine/artifact-access.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

/** Artifacts up to 25 MB arrive base64-encoded in JSON. */
const UPLOAD_BODY_LIMIT = 36 * 1024 * 1024;
const idParams = z.object({ id: z.uuid() });
const versionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

const contentFields = {
  mime: z.string().min(1).max(200),
  content: z.string().max(UPLOAD_BODY_LIMIT).describe("Text, or base64 when encoding is base64"),
  encoding: z.enum(["utf8", "base64"]).default("utf8"),
};

function decode(content: string, encoding: "utf8" | "base64"): string | Uint8Array<ArrayBuffer> {
  if (encoding === "utf8") return content;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new PennyError("PENNY_VALIDATION_FAILED", "content is not valid base64.");
  }
  return new Uint8Array(Buffer.from(content, "base64"));
}

const binaryResponse = {
  200: {
    description: "The artifact's bytes, with its mime type",
    content: { "*/*": { schema: z.string() } },
  },
  ...problemResponses,
};

/**
 * Serves artifact bytes. Active markup (SVG, HTML) is never rendered on Penny's origin: it goes out as an
 * attachment under a sandboxing CSP, so a script inside it can neither run here nor reach a session.
 */
function sendContent(
  reply: FastifyReply,
  content: { bytes: Uint8Array; mime: string; contentHash: string; untrustedMarkup: boolean },
) {
  reply
    .header("content-type", content.mime)
    .header("etag", `"${content.contentHash}"`)
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, max-age=31536000, immutable");
  if (content.untrustedMarkup) {
    reply
      .header("content-disposition", "attachment")
      .header("content-security-policy", "sandbox; default-src 'none'");
  }
  return reply.send(Buffer.from(content.bytes));
}

/** What a previewed HTML or SVG page may do: show itself, with inline styles and data: images, inside Penny. */
export const PREVIEW_CSP =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** Artifacts: immutable versions over the blob store, content, signed links, share links and chart rendering. */
export const artifactRoutes: FastifyPluginAsyncZod = async (app) => {
  const urlSecret = createHmac("sha256", app.masterKey).update("penny:artifact-content-urls").digest();

  app.get(
    "/v1/artifacts",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Artifacts you can see, newest first (filter by conversation or kind)",
        tags: ["artifacts"],
        querystring: artifactListQuerySchema.omit({ workspaceId: true }),
        response: {
          200: z.object({ artifacts: z.array(artifactViewSchema), nextCursor: z.string().nullable() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const page = await listArtifacts({
        database: app.database,
        tenantId: principal.tenantId,
        ...request.query,
      });
      return {
        artifacts: await visibleArtifacts(app.database, {
          tenantId: principal.tenantId,
          userId: principal.userId,
          artifacts: page.artifacts,
        }),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    "/v1/artifacts",
    {
      config: { access: "artifacts:create" },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        summary: "Create an artifact (its first version); the content is validated for its kind",
        tags: ["artifacts"],
        body: z.object({
          kind: z.enum(artifactKinds),
          title: artifactTitleSchema,
          conversationId: z.uuid().optional(),
          parents: z.array(z.uuid()).max(100).optional().describe("Artifacts this one was made from"),
          ...contentFields,
        }),
        response: { 201: z.object({ artifact: artifactViewSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { kind, title, conversationId, parents, mime, content, encoding } = request.body;
      if (conversationId) {
        await app.database.withTenant(caller.tenantId, (tx) =>
          getConversation(tx, { userId: caller.userId, conversationId }),
        );
      }
      const artifact = await createArtifact({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: caller.tenantId,
        conversationId,
        kind,
        title,
        mime,
        content: decode(content, encoding),
        lineage: { conversationId, parents, createdBy: caller.userId },
      });
      return reply.code(201).send({ artifact });
    },
  );

  app.get(
    "/v1/artifacts/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "An artifact at its latest version (or ?version=n), with its lineage",
        tags: ["artifacts"],
        params: idParams,
        querystring: versionQuery,
        response: { 200: z.object({ artifact: artifactViewSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        artifact: await visibleArtifact(app.database, {
          tenantId: principal.tenantId,
          userId: principal.userId,
          artifactId: request.params.id,
          version: request.query.version,
        }),
      };
    },
  );

  app.get(
    "/v1/artifacts/:id/versions",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Every version of an artifact, oldest first",
        tags: ["artifacts"],
        params: idParams,
        response: { 200: z.object({ versions: z.array(artifactViewSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await visibleArtifact(app.database, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        artifactId: request.params.id,
      });
      return {
        versions: await listArtifactVersions({
          database: app.database,
          tenantId: principal.tenantId,
          artifactId: request.params.id,
        }),
      };
    },
  );

  app.post(
    "/v1/artifacts/:id/versions",
    {
      config: { access: "artifacts:create" },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        summary: "Save an edit as a new version (earlier versions stay as they were)",
        tags: ["artifacts"],
        params: idParams,
        body: z.object({ title: artifactTitleSchema.optional(), ...contentFields }),
        response: { 201: z.object({ artifact: artifactViewSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const current = await visibleArtifact(app.database, {
        tenantId: caller.tenantId,
        userId: caller.userId,
        artifactId: request.params.id,
      });
      const artifact = await addArtifactVersion({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: caller.tenantId,
        artifactId: current.id,
        mime: request.body.mime,
        title: request.body.title,
        content: decode(request.body.content, request.body.encoding),
        lineage: {
          conversationId: current.lineage.conversationId ?? undefined,
          parents: [current.id],
          createdBy: caller.userId,
        },
      });
      return reply.code(201).send({ artifact });
    },
  );

  app.get(
    "/v1/artifacts/:id/content",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "The bytes of a version (active markup such as SVG is served as a sandboxed attachment)",
        tags: ["artifacts"],
        params: idParams,
        querystring: versionQuery,
        response: binaryResponse,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const artifact = await visibleArtifact(app.database, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        artifactId: request.params.id,
        version: request.query.version,
      });
      const content = await readArtifactContent({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: principal.tenantId,
        artifactId: artifact.id,
        version: artifact.version,
      });
      return sendContent(reply, content);
    },
  );

  app.get(
    "/v1/artifacts/:id/preview",
    {
      config: { access: "conversations:use" },
      schema: {
        summary:
          "An HTML or SVG version shown inline for a sandboxed iframe: no scripts, no requests, no origin",
        tags: ["artifacts"],
        params: idParams,
        querystring: versionQuery,
        response: binaryResponse,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const artifact = await visibleArtifact(app.database, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        artifactId: request.params.id,
        version: request.query.version,
      });
      if (!isUntrustedMarkup(artifact.kind, artifact.mime)) {
        throw new PennyError(
          "PENNY_VALIDATION_FAILED",
          `Only HTML and SVG have a preview; this is ${artifact.mime}. Use /content instead.`,
        );
      }
      const content = await readArtifactContent({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: principal.tenantId,
        artifactId: artifact.id,
        version: artifact.version,
      });
      // `sandbox` gives the page an opaque origin (no cookies, no access to Penny) and blocks its scripts;
      // default-src 'none' stops every request, so inline styles and data: images are all it can use.
      return (reply as FastifyReply)
        .header("content-type", content.mime)
        .header("content-disposition", "inline")
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=31536000, immutable")
        .header("content-security-policy", PREVIEW_CSP)
        .send(Buffer.from(content.bytes));
    },
  );

  app.post(
    "/v1/artifacts/:id/content-url",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "A signed, time-limited URL to a version's bytes (for an <img>, a download, an export job)",
        tags: ["artifacts"],
        params: idParams,
        body: z
          .object({
            version: z.number().int().min(1).optional(),
            expiresInSeconds: z.number().int().min(10).max(86_400).default(900),
          })
          .default({ expiresInSeconds: 900 }),
        response: { 200: z.object({ url: z.string(), expiresAt: z.date() }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const artifact = await visibleArtifact(app.database, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        artifactId: request.params.id,
        version: request.body.version,
      });
      const expiresAt = new Date(Date.now() + request.body.expiresInSeconds * 1000);
      const token = signContentUrl({
        secret: urlSecret,
        tenantId: principal.tenantId,
        artifactId: artifact.id,
        version: artifact.version,
        expiresAt,
      });
      return { url: `/v1/artifact-content?token=${token}`, expiresAt };
    },
  );

  app.get(
    "/v1/artifact-content",
    {
      config: { access: "public" },
      schema: {
        summary: "The bytes a signed content URL names (the signature is the permission; it expires)",
        tags: ["artifacts"],
        querystring: z.object({ token: z.string().min(1).max(500) }),
        response: binaryResponse,
      },
    },
    async (request, reply) => {
      const claims = verifyContentUrl({ secret: urlSecret, token: request.query.token });
      const content = await readArtifactContent({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: claims.tenantId,
        artifactId: claims.artifactId,
        version: claims.version,
      });
      return sendContent(reply, content);
    },
  );

  app.get(
    "/v1/artifacts/:id/render",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "A chart artifact drawn on the server as SVG or PNG (for exports and documents)",
        tags: ["artifacts"],
        params: idParams,
        querystring: versionQuery.extend({
          format: z.enum(["svg", "png"]).default("svg"),
          scale: z.coerce.number().min(0.5).max(4).default(1),
        }),
        response: binaryResponse,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const artifact = await visibleArtifact(app.database, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        artifactId: request.params.id,
        version: request.query.version,
      });
      if (artifact.kind !== "chart") {
        throw new PennyError(
          "PENNY_VALIDATION_FAILED",
          `Only charts can be rendered; this is a ${artifact.kind}.`,
        );
      }
      const content = await readArtifactContent({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: principal.tenantId,
        artifactId: artifact.id,
        version: artifact.version,
      });
      const rendered = await renderChart(
        JSON.parse(Buffer.from(content.bytes).toString("utf8")),
        request.query.format,
        {
          scale: request.query.scale,
        },
      );
      return (reply as FastifyReply)
        .header("content-type", rendered.mime)
        .header(
          "content-disposition",
          `inline; filename="${artifact.id}-v${artifact.version}.${request.query.format}"`,
        )
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
        .send(Buffer.from(rendered.bytes));
    },
  );

  app.get(
    "/v1/artifacts/:id/shares",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "The share links of an artifact, with their status (never their tokens)",
        tags: ["artifacts"],
        params: idParams,
        response: { 200: z.object({ shares: z.array(shareLinkViewSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await visibleArtifact(app.database, {
        tenantId: principal.tenantId,
        userId: principal.userId,
        artifactId: request.params.id,
      });
      return {
        shares: await listShareLinks({
          database: app.database,
          tenantId: principal.tenantId,
          artifactId: request.params.id,
        }),
      };
    },
  );

  app.post(
    "/v1/artifacts/:id/shares",
    {
      config: { access: "artifacts:create" },
      schema: {
        summary:
          "Share an artifact: inside the tenant or public, expiring, revocable; the link is shown once",
        tags: ["artifacts"],
        params: idParams,
        body: z.object({
          scope: z.enum(["tenant", "public"]),
          version: z.number().int().min(1).optional().describe("Pin a version; absent: always the latest"),
          expiresInSeconds: z
            .number()
            .int()
            .min(60)
            .max(SHARE_LINK_MAX_SECONDS)
            .default(7 * 86_400),
        }),
        response: {
          201: z.object({ id: z.uuid(), url: z.string().describe("Shown once"), expiresAt: z.date() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await visibleArtifact(app.database, {
        tenantId: caller.tenantId,
        userId: caller.userId,
        artifactId: request.params.id,
      });
      const share = await createShareLink({
        database: app.database,
        tenantId: caller.tenantId,
        artifactId: request.params.id,
        version: request.body.version,
        scope: request.body.scope,
        expiresInSeconds: request.body.expiresInSeconds,
        createdBy: caller.userId,
      });
      await app.database.withTenant(caller.tenantId, (tx) =>
        auditChange(tx, request, {
          tenantId: caller.tenantId,
          action: "artifact.share",
          target: `artifact:${request.params.id}`,
          data: { shareId: share.id, scope: request.body.scope, expiresAt: share.expiresAt.toISOString() },
        }),
      );
      return reply.code(201).send({ id: share.id, url: share.urlPath, expiresAt: share.expiresAt });
    },
  );

  app.delete(
    "/v1/artifacts/:id/shares/:shareId",
    {
      config: { access: "artifacts:create" },
      schema: {
        summary: "Revoke a share link",
        tags: ["artifacts"],
        params: idParams.extend({ shareId: z.uuid() }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await visibleArtifact(app.database, {
        tenantId: caller.tenantId,
        userId: caller.userId,
        artifactId: request.params.id,
      });
      await revokeShareLink({
        database: app.database,
        tenantId: caller.tenantId,
        shareId: request.params.shareId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/v1/shared/:token",
    {
      config: { access: "public" },
      schema: {
        summary: "What a share link opens: public links for anyone, tenant links for signed-in members",
        tags: ["artifacts"],
        params: z.object({ token: z.string().min(1).max(200) }),
        response: binaryResponse,
      },
    },
    async (request, reply) => {
      const shared = await resolveShareLink({ database: app.database, token: request.params.token });
      if (shared.scope === "tenant" && request.principal?.tenantId !== shared.tenantId) {
        // Not a member of the sharing tenant (or not signed in): the link looks like any unknown one.
        throw new PennyError("PENNY_SHARE_LINK_UNKNOWN", "This link does not exist or is no longer shared.");
      }
      const content = await readArtifactContent({
        database: app.database,
        blobStore: app.blobStore,
        tenantId: shared.tenantId,
        artifactId: shared.artifactId,
        version: shared.version,
      });
      return sendContent(reply, content);
    },
  );
};
