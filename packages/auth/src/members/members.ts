import { type Database, type MemberRole, schema, type Tx } from "@penny/db";
import { and, asc, count, eq, ne } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { canAssignRole } from "../permissions.ts";

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  status: "active" | "suspended";
  joinedAt: Date;
}

export async function listMembers(database: Database, tenantId: string): Promise<MemberView[]> {
  return database.withTenant(tenantId, (tx) =>
    tx
      .select({
        userId: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        role: schema.memberships.role,
        status: schema.memberships.status,
        joinedAt: schema.memberships.createdAt,
      })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .orderBy(asc(schema.users.email)),
  );
}

/** The active membership of `userId` in `tenantId`, or undefined. */
export async function activeMembership(database: Database, tenantId: string, userId: string) {
  const [row] = await database.withTenant(tenantId, (tx) =>
    tx
      .select({ role: schema.memberships.role, email: schema.users.email, name: schema.users.name })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(
        and(
          eq(schema.memberships.userId, userId),
          eq(schema.memberships.status, "active"),
          eq(schema.users.status, "active"),
        ),
      ),
  );
  return row;
}

/**
 * Changes a member's role. Nobody hands out a role above their own, and the last admin cannot be demoted, so a
 * tenant can never lock itself out.
 */
export async function changeMemberRole(
  database: Database,
  options: {
    tenantId: string;
    actorRole: MemberRole;
    userId: string;
    role: MemberRole;
    /** Runs in the same transaction, so the audit event commits with the change or not at all. */
    audit?: (tx: Tx, change: { previousRole: MemberRole }) => Promise<void>;
  },
): Promise<{ previousRole: MemberRole }> {
  if (!canAssignRole(options.actorRole, options.role)) {
    throw new AuthError(
      "PENNY_FORBIDDEN",
      `You cannot give the role "${options.role}": it is above your own.`,
    );
  }
  return database.withTenant(options.tenantId, async (tx) => {
    const [current] = await tx
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, options.userId))
      .for("update");
    if (!current) throw new AuthError("PENNY_NOT_FOUND", "No such member.");
    if (!canAssignRole(options.actorRole, current.role)) {
      throw new AuthError(
        "PENNY_FORBIDDEN",
        `You cannot change the role of a member who is "${current.role}".`,
      );
    }
    if (current.role === "admin" && options.role !== "admin") await refuseLastAdmin(tx, options.userId);
    await tx
      .update(schema.memberships)
      .set({ role: options.role })
      .where(eq(schema.memberships.userId, options.userId));
    await options.audit?.(tx, { previousRole: current.role });
    return { previousRole: current.role };
  });
}

/** Removes a member from the tenant (the account stays; other tenants are untouched). */
export async function removeMember(
  database: Database,
  options: {
    tenantId: string;
    actorRole: MemberRole;
    userId: string;
    audit?: (tx: Tx, removed: { role: MemberRole }) => Promise<void>;
  },
): Promise<{ role: MemberRole }> {
  return database.withTenant(options.tenantId, async (tx) => {
    const [current] = await tx
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, options.userId))
      .for("update");
    if (!current) throw new AuthError("PENNY_NOT_FOUND", "No such member.");
    if (!canAssignRole(options.actorRole, current.role)) {
      throw new AuthError("PENNY_FORBIDDEN", `You cannot remove a member who is "${current.role}".`);
    }
    if (current.role === "admin") await refuseLastAdmin(tx, options.userId);
    await tx.delete(schema.memberships).where(eq(schema.memberships.userId, options.userId));
    await tx.delete(schema.groupMembers).where(eq(schema.groupMembers.userId, options.userId));
    await tx
      .update(schema.apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(schema.apiKeys.userId, options.userId)));
    await options.audit?.(tx, current);
    return current;
  });
}

async function refuseLastAdmin(tx: Tx, userId: string) {
  const [others] = await tx
    .select({ n: count() })
    .from(schema.memberships)
    .where(
      and(
        eq(schema.memberships.role, "admin"),
        eq(schema.memberships.status, "active"),
        ne(schema.memberships.userId, userId),
      ),
    );
  if ((others?.n ?? 0) === 0) {
    throw new AuthError("PENNY_CONFLICT", "This is the tenant's last admin; make someone else admin first.");
  }
}
