import { type Database, type MemberRole, schema, type Tx } from "@penny/db";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { type Permission, permissionsOf } from "../permissions.ts";
import { hashToken, newSecretToken } from "../tokens.ts";

export const API_KEY_PREFIX = "pnk_";

export type ApiKeyKind = "personal" | "service";

export interface ApiKeyView {
  id: string;
  kind: "personal" | "service" | "scim";
  name: string;
  prefix: string;
  scopes: string[];
  userId: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const viewColumns = {
  id: schema.apiKeys.id,
  kind: schema.apiKeys.kind,
  name: schema.apiKeys.name,
  prefix: schema.apiKeys.prefix,
  scopes: schema.apiKeys.scopes,
  userId: schema.apiKeys.userId,
  createdAt: schema.apiKeys.createdAt,
  expiresAt: schema.apiKeys.expiresAt,
  lastUsedAt: schema.apiKeys.lastUsedAt,
  revokedAt: schema.apiKeys.revokedAt,
};

/**
 * Creates a personal access token (acts as its user) or a service key (the tenant's, for automation). Scopes must
 * be a subset of what the creator may do, so a key never holds more than the person who made it.
 */
export async function createApiKey(
  database: Database,
  options: {
    tenantId: string;
    creatorId: string;
    /** What the creator may do right now (its role's permissions, or its own key's scopes). */
    creatorPermissions: Iterable<Permission>;
    kind: ApiKeyKind;
    name: string;
    scopes: Permission[];
    expiresAt?: Date;
    /** Runs in the same transaction, so the audit event commits with the key or not at all. */
    audit?: (tx: Tx, key: ApiKeyView) => Promise<void>;
  },
): Promise<{ key: ApiKeyView; secret: string }> {
  const allowed = new Set(options.creatorPermissions);
  const excess = options.scopes.filter((scope) => !allowed.has(scope));
  if (excess.length > 0) {
    throw new AuthError(
      "PENNY_FORBIDDEN",
      `A key cannot hold permissions you do not have: ${excess.join(", ")}.`,
    );
  }
  const { token, hash } = newSecretToken(API_KEY_PREFIX);
  const key = await database.withTenant(options.tenantId, async (tx) => {
    const [created] = await tx
      .insert(schema.apiKeys)
      .values({
        tenantId: options.tenantId,
        kind: options.kind,
        userId: options.kind === "personal" ? options.creatorId : null,
        createdBy: options.creatorId,
        name: options.name,
        prefix: token.slice(0, API_KEY_PREFIX.length + 6),
        secretHash: hash,
        scopes: [...new Set(options.scopes)],
        expiresAt: options.expiresAt,
      })
      .returning(viewColumns);
    if (!created) throw new Error("Creating an API key returned no row");
    await options.audit?.(tx, created);
    return created;
  });
  return { key, secret: token };
}

/** The caller's own keys, plus the tenant's service keys when `includeService`. */
export async function listApiKeys(
  database: Database,
  options: { tenantId: string; userId: string; includeService: boolean },
): Promise<ApiKeyView[]> {
  return database.withTenant(options.tenantId, (tx) =>
    tx
      .select(viewColumns)
      .from(schema.apiKeys)
      .where(
        or(
          eq(schema.apiKeys.userId, options.userId),
          options.includeService ? eq(schema.apiKeys.kind, "service") : undefined,
        ),
      )
      .orderBy(desc(schema.apiKeys.createdAt)),
  );
}

/** Revokes a key the caller owns (or a service key, when `mayRevokeService`). */
export async function revokeApiKey(
  database: Database,
  options: {
    tenantId: string;
    keyId: string;
    userId: string;
    mayRevokeService: boolean;
    audit?: (tx: Tx, key: ApiKeyView) => Promise<void>;
  },
): Promise<ApiKeyView> {
  return database.withTenant(options.tenantId, async (tx) => {
    const [key] = await tx
      .update(schema.apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(schema.apiKeys.id, options.keyId),
          isNull(schema.apiKeys.revokedAt),
          or(
            eq(schema.apiKeys.userId, options.userId),
            options.mayRevokeService ? eq(schema.apiKeys.kind, "service") : undefined,
          ),
        ),
      )
      .returning(viewColumns);
    if (!key) throw new AuthError("PENNY_NOT_FOUND", "No such active key.");
    await options.audit?.(tx, key);
    return key;
  });
}

export interface ResolvedApiKey {
  keyId: string;
  tenantId: string;
  kind: "personal" | "service" | "scim";
  userId: string | null;
  /** For personal keys, the user's current role in the tenant; service keys have none. */
  role: MemberRole | null;
  permissions: Permission[];
}

/**
 * Resolves a bearer secret. Unknown, revoked and expired keys, and personal keys of people who are no longer
 * active members, all resolve to undefined. A personal key's permissions shrink with its user's role.
 */
export async function resolveApiKey(database: Database, secret: string): Promise<ResolvedApiKey | undefined> {
  if (!secret.startsWith(API_KEY_PREFIX)) return undefined;
  return database.withPlatform(async (tx) => {
    const [row] = await tx
      .select({
        id: schema.apiKeys.id,
        tenantId: schema.apiKeys.tenantId,
        kind: schema.apiKeys.kind,
        userId: schema.apiKeys.userId,
        scopes: schema.apiKeys.scopes,
        lastUsedAt: schema.apiKeys.lastUsedAt,
        tenantStatus: schema.tenants.status,
      })
      .from(schema.apiKeys)
      .innerJoin(schema.tenants, eq(schema.tenants.id, schema.apiKeys.tenantId))
      .where(
        and(
          eq(schema.apiKeys.secretHash, hashToken(secret)),
          isNull(schema.apiKeys.revokedAt),
          or(isNull(schema.apiKeys.expiresAt), sql`${schema.apiKeys.expiresAt} > now()`),
        ),
      );
    if (row?.tenantStatus !== "active") return undefined;
    let role: MemberRole | null = null;
    let permissions = row.scopes as Permission[];
    if (row.kind === "personal") {
      const [membership] = await tx
        .select({ role: schema.memberships.role })
        .from(schema.memberships)
        .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
        .where(
          and(
            eq(schema.memberships.tenantId, row.tenantId),
            eq(schema.memberships.userId, row.userId ?? ""),
            eq(schema.memberships.status, "active"),
            eq(schema.users.status, "active"),
          ),
        );
      if (!membership) return undefined;
      role = membership.role;
      const held = new Set(permissionsOf(membership.role));
      permissions = permissions.filter((scope) => held.has(scope));
    }
    // Last use is kept to the minute: writing on every request would turn each read into a write.
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      await tx.update(schema.apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(schema.apiKeys.id, row.id));
    }
    return { keyId: row.id, tenantId: row.tenantId, kind: row.kind, userId: row.userId, role, permissions };
  });
}

/**
 * The key a secret belongs to, whatever its state: for auditing a refused key in its own tenant. Unknown secrets
 * give undefined (there is no tenant to record them in).
 */
export async function findApiKeyBySecret(
  database: Database,
  secret: string,
): Promise<{ keyId: string; tenantId: string } | undefined> {
  if (!secret.startsWith(API_KEY_PREFIX)) return undefined;
  const [row] = await database.withPlatform((tx) =>
    tx
      .select({ keyId: schema.apiKeys.id, tenantId: schema.apiKeys.tenantId })
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.secretHash, hashToken(secret))),
  );
  return row;
}
