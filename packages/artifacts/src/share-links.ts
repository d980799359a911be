import { createHash, randomBytes } from "node:crypto";
import { type Database, schema } from "@penny/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
import { ShareLinkNotFoundError } from "./errors/share-link-not-found-error.ts";
import { ShareLinkUnavailableError } from "./errors/share-link-unavailable-error.ts";
import { parseInput } from "./parse-input.ts";

export const SHARE_LINK_MAX_SECONDS = 90 * 24 * 60 * 60;
/** 32 random bytes, base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const { artifacts, artifactShares } = schema;

/** A share link as its tenant sees it; the token itself is never stored, so it is never shown again. */
export const shareLinkViewSchema = z.object({
  id: z.uuid(),
  artifactId: z.uuid(),
  /** Null: the link always opens the latest version. */
  version: z.number().int().min(1).nullable(),
  scope: z.enum(["tenant", "public"]),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(["active", "revoked", "expired"]),
});

export type ShareLinkView = z.infer<typeof shareLinkViewSchema>;

const createShareLinkInputSchema = z.object({
  tenantId: z.uuid(),
  artifactId: z.uuid(),
  version: z.number().int().min(1).optional(),
  scope: z.enum(["tenant", "public"]),
  expiresInSeconds: z.number().int().min(60).max(SHARE_LINK_MAX_SECONDS),
  createdBy: z.uuid().nullable(),
});

/**
 * Creates a share link: `tenant` links open only for members of the tenant, `public` ones for anyone with the
 * token. Returns the token once; only its SHA-256 is stored.
 */
export async function createShareLink(
  options: z.input<typeof createShareLinkInputSchema> & { database: Database },
): Promise<{ id: string; token: string; urlPath: string; expiresAt: Date }> {
  const input = parseInput(createShareLinkInputSchema, options);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
  const id = await options.database.withTenant(input.tenantId, async (tx) => {
    const [artifact] = await tx
      .select({ latestVersion: artifacts.latestVersion })
      .from(artifacts)
      .where(and(eq(artifacts.tenantId, input.tenantId), eq(artifacts.id, input.artifactId)));
    if (!artifact) throw new ArtifactNotFoundError(input.artifactId);
    if (input.version !== undefined && input.version > artifact.latestVersion) {
      throw new ArtifactNotFoundError(input.artifactId, input.version);
    }
    const [share] = await tx
      .insert(artifactShares)
      .values({
        tenantId: input.tenantId,
        artifactId: input.artifactId,
        version: input.version ?? null,
        scope: input.scope,
        tokenHash: hashToken(token),
        createdBy: input.createdBy,
        expiresAt,
      })
      .returning({ id: artifactShares.id });
    if (!share) throw new Error("Inserting a share link returned no row");
    return share.id;
  });
  return { id, token, urlPath: `/v1/shared/${token}`, expiresAt };
}

/** The share links of one artifact, oldest first, with their status; never the tokens. */
export async function listShareLinks(options: {
  database: Database;
  tenantId: string;
  artifactId: string;
}): Promise<ShareLinkView[]> {
  const input = parseInput(z.object({ tenantId: z.uuid(), artifactId: z.uuid() }), options);
  const rows = await options.database.withTenant(input.tenantId, (tx) =>
    tx
      .select()
      .from(artifactShares)
      .where(
        and(eq(artifactShares.tenantId, input.tenantId), eq(artifactShares.artifactId, input.artifactId)),
      )
      .orderBy(asc(artifactShares.createdAt), asc(artifactShares.id)),
  );
  const now = Date.now();
  return rows.map((row) => ({
    id: row.id,
    artifactId: row.artifactId,
    version: row.version,
    scope: row.scope,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now ? "expired" : "active",
  }));
}

/** Revokes a share link at once; revoking it again keeps the first revocation time. */
export async function revokeShareLink(options: {
  database: Database;
  tenantId: string;
  shareId: string;
}): Promise<{ id: string; revokedAt: Date }> {
  const input = parseInput(z.object({ tenantId: z.uuid(), shareId: z.string() }), options);
  if (!z.uuid().safeParse(input.shareId).success) throw new ShareLinkNotFoundError(input.shareId);
  return options.database.withTenant(input.tenantId, async (tx) => {
    const where = and(eq(artifactShares.tenantId, input.tenantId), eq(artifactShares.id, input.shareId));
    await tx
      .update(artifactShares)
      .set({ revokedAt: new Date() })
      .where(and(where, isNull(artifactShares.revokedAt)));
    const [share] = await tx
      .select({ id: artifactShares.id, revokedAt: artifactShares.revokedAt })
      .from(artifactShares)
      .where(where);
    if (!share?.revokedAt) throw new ShareLinkNotFoundError(input.shareId);
    return { id: share.id, revokedAt: share.revokedAt };
  });
}

/** What a share token opens. `scope: "tenant"` obliges the route to check that the caller is a member of `tenantId`. */
export interface ResolvedShareLink {
  shareId: string;
  tenantId: string;
  artifactId: string;
  /** The pinned version, or the artifact's latest version for a link without one. */
  version: number;
  scope: "tenant" | "public";
}

/**
 * Resolves a share token, which arrives without a tenant, through the platform role. Unknown, revoked and
 * expired tokens all throw ShareLinkUnavailableError with the same message; only the code differs, for logs.
 */
export async function resolveShareLink(options: {
  database: Database;
  token: string;
  now?: Date;
}): Promise<ResolvedShareLink> {
  if (typeof options.token !== "string" || !TOKEN.test(options.token)) {
    throw new ShareLinkUnavailableError("PENNY_SHARE_LINK_UNKNOWN");
  }
  const [row] = await options.database.withPlatform((tx) =>
    tx
      .select({
        shareId: artifactShares.id,
        tenantId: artifactShares.tenantId,
        artifactId: artifactShares.artifactId,
        version: artifactShares.version,
        scope: artifactShares.scope,
        expiresAt: artifactShares.expiresAt,
        revokedAt: artifactShares.revokedAt,
        latestVersion: artifacts.latestVersion,
      })
      .from(artifactShares)
      .innerJoin(
        artifacts,
        and(eq(artifacts.tenantId, artifactShares.tenantId), eq(artifacts.id, artifactShares.artifactId)),
      )
      .where(eq(artifactShares.tokenHash, hashToken(options.token))),
  );
  if (!row) throw new ShareLinkUnavailableError("PENNY_SHARE_LINK_UNKNOWN");
  if (row.revokedAt) throw new ShareLinkUnavailableError("PENNY_SHARE_LINK_REVOKED");
  if ((options.now ?? new Date()).getTime() >= row.expiresAt.getTime()) {
    throw new ShareLinkUnavailableError("PENNY_SHARE_LINK_EXPIRED");
  }
  return {
    shareId: row.shareId,
    tenantId: row.tenantId,
    artifactId: row.artifactId,
    version: row.version ?? row.latestVersion,
    scope: row.scope,
  };
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
