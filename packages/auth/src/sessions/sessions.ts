import { type Database, type MemberRole, schema } from "@penny/db";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { hashToken, newSecretToken } from "../tokens.ts";

/** How long a session lives without being revoked. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** How long a password-verified session may wait for its second factor. */
export const MFA_PENDING_TTL_MS = 10 * 60 * 1000;

export interface SessionRecord {
  id: string;
  userId: string;
  tenantId: string | null;
  stage: "active" | "mfa_pending";
  expiresAt: Date;
}

/** Opens a session for `userId` in `tenantId` and returns the cookie token (shown once, stored hashed). */
export async function createSession(
  database: Database,
  options: {
    userId: string;
    tenantId: string;
    ip?: string;
    userAgent?: string;
    stage?: "active" | "mfa_pending";
    /** Defaults to SESSION_TTL_MS; a session waiting for its second factor gets MFA_PENDING_TTL_MS. */
    ttlMs?: number;
    mfaVerified?: boolean;
  },
): Promise<{ token: string; session: SessionRecord }> {
  const { token, hash } = newSecretToken("pns_");
  const [row] = await database.withPlatform((tx) =>
    tx
      .insert(schema.sessions)
      .values({
        userId: options.userId,
        tokenHash: hash,
        activeTenantId: options.tenantId,
        ip: options.ip,
        userAgent: options.userAgent?.slice(0, 500),
        stage: options.stage ?? "active",
        mfaVerifiedAt: options.mfaVerified ? new Date() : null,
        expiresAt: new Date(Date.now() + (options.ttlMs ?? SESSION_TTL_MS)),
      })
      .returning(),
  );
  if (!row) throw new Error("Creating a session returned no row");
  return { token, session: toRecord(row) };
}

export interface ResolvedSession extends SessionRecord {
  /** The user's role in the active tenant; null when the membership has ended or the tenant is suspended. */
  role: MemberRole | null;
  platformAdmin: boolean;
}

/**
 * The live session behind a cookie token, with the user's current role in its active tenant, in one query.
 * Undefined when the token is unknown, revoked or expired, or the account is deactivated.
 */
export async function findSession(database: Database, token: string): Promise<ResolvedSession | undefined> {
  return database.withPlatform(async (tx) => {
    const [row] = await tx
      .select({
        session: schema.sessions,
        role: schema.memberships.role,
        membershipStatus: schema.memberships.status,
        tenantStatus: schema.tenants.status,
        platformAdmin: schema.users.isPlatformAdmin,
      })
      .from(schema.sessions)
      .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
      .leftJoin(
        schema.memberships,
        and(
          eq(schema.memberships.userId, schema.sessions.userId),
          eq(schema.memberships.tenantId, schema.sessions.activeTenantId),
        ),
      )
      .leftJoin(schema.tenants, eq(schema.tenants.id, schema.sessions.activeTenantId))
      .where(
        and(
          eq(schema.sessions.tokenHash, hashToken(token)),
          isNull(schema.sessions.revokedAt),
          gt(schema.sessions.expiresAt, sql`now()`),
          eq(schema.users.status, "active"),
        ),
      );
    if (!row) return undefined;
    // Last seen is kept to the minute: writing on every request would turn each read into a write.
    if (Date.now() - row.session.lastSeenAt.getTime() > 60_000) {
      await tx
        .update(schema.sessions)
        .set({ lastSeenAt: sql`now()` })
        .where(eq(schema.sessions.id, row.session.id));
    }
    const member = row.membershipStatus === "active" && row.tenantStatus === "active";
    return { ...toRecord(row.session), role: member ? row.role : null, platformAdmin: row.platformAdmin };
  });
}

export async function revokeSession(database: Database, options: { sessionId: string; userId: string }) {
  const rows = await database.withPlatform((tx) =>
    tx
      .update(schema.sessions)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(schema.sessions.id, options.sessionId),
          eq(schema.sessions.userId, options.userId),
          isNull(schema.sessions.revokedAt),
        ),
      )
      .returning({ id: schema.sessions.id }),
  );
  if (rows.length === 0) throw new AuthError("PENNY_NOT_FOUND", "No such active session.");
}

/** Ends every session of `userId` whose active tenant is `tenantId` (a removed member loses access at once). */
export async function revokeUserSessionsInTenant(
  database: Database,
  options: { userId: string; tenantId: string },
) {
  await database.withPlatform((tx) =>
    tx
      .update(schema.sessions)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(schema.sessions.userId, options.userId),
          eq(schema.sessions.activeTenantId, options.tenantId),
          isNull(schema.sessions.revokedAt),
        ),
      ),
  );
}

export async function listSessions(database: Database, userId: string) {
  return database.withPlatform((tx) =>
    tx
      .select({
        id: schema.sessions.id,
        ip: schema.sessions.ip,
        userAgent: schema.sessions.userAgent,
        createdAt: schema.sessions.createdAt,
        lastSeenAt: schema.sessions.lastSeenAt,
        expiresAt: schema.sessions.expiresAt,
      })
      .from(schema.sessions)
      .where(
        and(
          eq(schema.sessions.userId, userId),
          isNull(schema.sessions.revokedAt),
          gt(schema.sessions.expiresAt, sql`now()`),
        ),
      )
      .orderBy(desc(schema.sessions.lastSeenAt)),
  );
}

/** Makes `tenantSlug` the session's active tenant; the user must be an active member there. */
export async function switchSessionTenant(
  database: Database,
  options: { sessionId: string; userId: string; tenantSlug: string },
): Promise<{ tenantId: string; role: MemberRole }> {
  return database.withPlatform(async (tx) => {
    const [membership] = await tx
      .select({ tenantId: schema.memberships.tenantId, role: schema.memberships.role })
      .from(schema.memberships)
      .innerJoin(schema.tenants, eq(schema.tenants.id, schema.memberships.tenantId))
      .where(
        and(
          eq(schema.tenants.slug, options.tenantSlug),
          eq(schema.tenants.status, "active"),
          eq(schema.memberships.userId, options.userId),
          eq(schema.memberships.status, "active"),
        ),
      );
    // The same answer for "no such tenant" and "not a member": nothing is said about tenants one cannot enter.
    if (!membership)
      throw new AuthError("PENNY_FORBIDDEN", `You are not a member of "${options.tenantSlug}".`);
    await tx
      .update(schema.sessions)
      .set({ activeTenantId: membership.tenantId })
      .where(eq(schema.sessions.id, options.sessionId));
    return membership;
  });
}

function toRecord(row: typeof schema.sessions.$inferSelect): SessionRecord {
  return {
    id: row.id,
    userId: row.userId,
    tenantId: row.activeTenantId,
    stage: row.stage,
    expiresAt: row.expiresAt,
  };
}
