import { schema, type Tx } from "@penny/db";
import { and, eq, inArray } from "drizzle-orm";
import { ScimInvalidValueError } from "./errors/scim-invalid-value-error.ts";
import type { ScimGroupInput } from "./scim-group-schema.ts";
import { isScimId } from "./scim-id.ts";

const { groupMembers, memberships } = schema;

/**
 * The distinct user ids a group body lists, each checked to be a member of the tenant: a directory may only put
 * people into a group whom it (or someone) made members here, never an id from elsewhere.
 */
export async function checkedMemberIds(tx: Tx, members: ScimGroupInput["members"]): Promise<string[]> {
  const ids = [...new Set((members ?? []).map((member) => member.value.toLowerCase()))];
  const malformed = ids.filter((id) => !isScimId(id));
  const wellFormed = ids.filter((id) => isScimId(id));
  const found =
    wellFormed.length === 0
      ? []
      : await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(inArray(memberships.userId, wellFormed));
  const known = new Set(found.map((row) => row.userId));
  const unknown = [...malformed, ...wellFormed.filter((id) => !known.has(id))];
  if (unknown.length > 0) {
    throw new ScimInvalidValueError(
      `These members are not users of this tenant: ${unknown.slice(0, 20).join(", ")}${unknown.length > 20 ? ", …" : ""}.`,
    );
  }
  return ids;
}

/** Makes the group's members exactly `wanted`; returns who was added and who removed. */
export async function syncGroupMembers(
  tx: Tx,
  options: { tenantId: string; groupId: string; current: string[]; wanted: string[] },
): Promise<{ added: string[]; removed: string[] }> {
  const current = new Set(options.current);
  const wanted = new Set(options.wanted);
  const added = options.wanted.filter((id) => !current.has(id));
  const removed = options.current.filter((id) => !wanted.has(id));
  if (removed.length > 0) {
    await tx
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, options.groupId), inArray(groupMembers.userId, removed)));
  }
  if (added.length > 0) {
    await tx
      .insert(groupMembers)
      .values(added.map((userId) => ({ tenantId: options.tenantId, groupId: options.groupId, userId })))
      .onConflictDoNothing();
  }
  return { added, removed };
}
