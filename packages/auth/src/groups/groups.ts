import { type Database, schema, type Tx } from "@penny/db";
import { and, asc, count, eq } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { isUniqueViolation } from "../oidc/unique-violation.ts";

export interface GroupView {
  id: string;
  name: string;
  description: string | null;
  externalId: string | null;
  memberCount: number;
  createdAt: Date;
}

export async function listGroups(database: Database, tenantId: string): Promise<GroupView[]> {
  return database.withTenant(tenantId, (tx) =>
    tx
      .select({
        id: schema.groups.id,
        name: schema.groups.name,
        description: schema.groups.description,
        externalId: schema.groups.externalId,
        memberCount: count(schema.groupMembers.id),
        createdAt: schema.groups.createdAt,
      })
      .from(schema.groups)
      .leftJoin(schema.groupMembers, eq(schema.groupMembers.groupId, schema.groups.id))
      .groupBy(schema.groups.tenantId, schema.groups.id)
      .orderBy(asc(schema.groups.name)),
  );
}

/** A member of a group, as the admin console lists them. */
export interface GroupMemberView {
  userId: string;
  name: string;
  email: string;
  addedAt: Date;
}

/** The members of one group of the tenant, by name; `AuthError` PENNY_NOT_FOUND for an unknown group. */
export async function listGroupMembers(
  database: Database,
  options: { tenantId: string; groupId: string },
): Promise<GroupMemberView[]> {
  return database.withTenant(options.tenantId, async (tx) => {
    const [group] = await tx
      .select({ id: schema.groups.id })
      .from(schema.groups)
      .where(eq(schema.groups.id, options.groupId));
    if (!group) throw new AuthError("PENNY_NOT_FOUND", "No such group.");
    return tx
      .select({
        userId: schema.groupMembers.userId,
        name: schema.users.name,
        email: schema.users.email,
        addedAt: schema.groupMembers.createdAt,
      })
      .from(schema.groupMembers)
      .innerJoin(schema.users, eq(schema.users.id, schema.groupMembers.userId))
      .where(eq(schema.groupMembers.groupId, options.groupId))
      .orderBy(asc(schema.users.name), asc(schema.users.email));
  });
}

export async function createGroup(
  database: Database,
  options: {
    tenantId: string;
    name: string;
    description?: string;
    audit?: (tx: Tx, groupId: string) => Promise<void>;
  },
): Promise<GroupView> {
  try {
    return await database.withTenant(options.tenantId, async (tx) => {
      const [group] = await tx
        .insert(schema.groups)
        .values({ tenantId: options.tenantId, name: options.name, description: options.description })
        .returning();
      if (!group) throw new Error("Creating a group returned no row");
      await options.audit?.(tx, group.id);
      return { ...group, memberCount: 0 };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AuthError("PENNY_CONFLICT", `A group is already called "${options.name}".`);
    throw error;
  }
}

export async function deleteGroup(
  database: Database,
  options: { tenantId: string; groupId: string; audit?: (tx: Tx) => Promise<void> },
): Promise<void> {
  await database.withTenant(options.tenantId, async (tx) => {
    const deleted = await tx.delete(schema.groups).where(eq(schema.groups.id, options.groupId)).returning();
    if (deleted.length === 0) throw new AuthError("PENNY_NOT_FOUND", "No such group.");
    await tx
      .delete(schema.grants)
      .where(and(eq(schema.grants.subjectType, "group"), eq(schema.grants.subjectId, options.groupId)));
    await options.audit?.(tx);
  });
}

/** Adds a member of the tenant to a group (idempotent). */
export async function addGroupMember(
  database: Database,
  options: { tenantId: string; groupId: string; userId: string; audit?: (tx: Tx) => Promise<void> },
): Promise<void> {
  await database.withTenant(options.tenantId, async (tx) => {
    const [group] = await tx
      .select({ id: schema.groups.id })
      .from(schema.groups)
      .where(eq(schema.groups.id, options.groupId));
    if (!group) throw new AuthError("PENNY_NOT_FOUND", "No such group.");
    const [member] = await tx
      .select({ id: schema.memberships.id })
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, options.userId));
    if (!member) throw new AuthError("PENNY_NOT_FOUND", "No such member.");
    await tx
      .insert(schema.groupMembers)
      .values({ tenantId: options.tenantId, groupId: options.groupId, userId: options.userId })
      .onConflictDoNothing();
    await options.audit?.(tx);
  });
}

export async function removeGroupMember(
  database: Database,
  options: { tenantId: string; groupId: string; userId: string; audit?: (tx: Tx) => Promise<void> },
): Promise<void> {
  await database.withTenant(options.tenantId, async (tx) => {
    const removed = await tx
      .delete(schema.groupMembers)
      .where(
        and(eq(schema.groupMembers.groupId, options.groupId), eq(schema.groupMembers.userId, options.userId)),
      )
      .returning();
    if (removed.length === 0) throw new AuthError("PENNY_NOT_FOUND", "That member is not in that group.");
    await options.audit?.(tx);
  });
}
