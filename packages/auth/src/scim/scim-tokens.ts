import { type Database, schema, type Tx } from "@penny/db";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { API_KEY_PREFIX } from "../api-keys/api-keys.ts";
import { AuthError } from "../auth-error.ts";
import { newSecretToken } from "../tokens.ts";

/** A tenant's SCIM token as administrators see it; the secret itself is shown once, at creation. */
export interface ScimTokenView {
  id: string;
  name: string;
  prefix: string;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const { apiKeys } = schema;
const viewColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdBy: apiKeys.createdBy,
  createdAt: apiKeys.createdAt,
  expiresAt: apiKeys.expiresAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/**
 * Creates the bearer token a directory (Entra ID, Okta, …) provisions this tenant with. It is an API key of kind
 * `scim` with no scopes: access control lets it call the SCIM routes and nothing else. Stored hashed.
 */
export async function createScimToken(
  database: Database,
  options: {
    tenantId: string;
    createdBy: string | null;
    name: string;
    expiresAt?: Date;
    audit: (tx: Tx, token: ScimTokenView) => Promise<void>;
  },
): Promise<{ token: ScimTokenView; secret: string }> {
  const { token: secret, hash } = newSecretToken(API_KEY_PREFIX);
  const token = await database.withTenant(options.tenantId, async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({
        tenantId: options.tenantId,
        kind: "scim",
        userId: null,
        createdBy: options.createdBy,
        name: options.name,
        prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
        secretHash: hash,
        scopes: [],
        expiresAt: options.expiresAt,
      })
      .returning(viewColumns);
    if (!created) throw new Error("Creating a SCIM token returned no row");
    await options.audit(tx, created);
    return created;
  });
  return { token, secret };
}

/** The tenant's SCIM tokens, revoked ones included, newest first. */
export async function listScimTokens(database: Database, tenantId: string): Promise<ScimTokenView[]> {
  return database.withTenant(tenantId, (tx) =>
    tx.select(viewColumns).from(apiKeys).where(eq(apiKeys.kind, "scim")).orderBy(desc(apiKeys.createdAt)),
  );
}

/** Revokes a SCIM token at once; the directory using it gets 401 from its next request. */
export async function revokeScimToken(
  database: Database,
  options: { tenantId: string; tokenId: string; audit: (tx: Tx, token: ScimTokenView) => Promise<void> },
): Promise<ScimTokenView> {
  return database.withTenant(options.tenantId, async (tx) => {
    const [token] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, options.tokenId), eq(apiKeys.kind, "scim"), isNull(apiKeys.revokedAt)))
      .returning(viewColumns);
    if (!token) throw new AuthError("PENNY_NOT_FOUND", "No such active SCIM token.");
    await options.audit(tx, token);
    return token;
  });
}
