import { schema, type Tx } from "@penny/db";
import { asc, eq, inArray } from "drizzle-orm";
import type { ScimGroupResource } from "./scim-group-schema.ts";
import { scimMeta } from "./scim-resource-meta.ts";
import { SCIM_GROUP_SCHEMA } from "./scim-urns.ts";

/** A group as SCIM sees it. `members` is undefined when it was not asked for. */
export interface ScimGroupRecord {
  id: string;
  name: string;
  externalId: string | null;
  createdAt: Date;
  members?: { userId: string; name: string }[];
}

const { groupMembers, groups, memberships, users } = schema;

export const scimGroupColumns = {
  id: groups.id,
  name: groups.name,
  externalId: groups.externalId,
  createdAt: groups.createdAt,
};

/**
 * The members of each group, by group id. Only people who are still members of the tenant count (the join with
 * `memberships`), so a group never names someone the tenant cannot see. Runs inside the tenant's transaction.
 */
export async function groupMembersOf(
  tx: Tx,
  groupIds: string[],
): Promise<Map<string, ScimGroupRecord["members"]>> {
  const byGroup = new Map<string, { userId: string; name: string }[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await tx
    .select({ groupId: groupMembers.groupId, userId: groupMembers.userId, name: users.name })
    .from(groupMembers)
    .innerJoin(memberships, eq(memberships.userId, groupMembers.userId))
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(inArray(groupMembers.groupId, groupIds))
    .orderBy(asc(groupMembers.createdAt), asc(groupMembers.userId));
  for (const row of rows) byGroup.get(row.groupId)?.push({ userId: row.userId, name: row.name });
  return byGroup;
}

/** The Group resource of a record; `baseUrl` is where Penny is reached, for `meta.location` and `$ref`. */
export function scimGroupResource(record: ScimGroupRecord, baseUrl: string): ScimGroupResource {
  return {
    schemas: [SCIM_GROUP_SCHEMA],
    id: record.id,
    ...(record.externalId === null ? {} : { externalId: record.externalId }),
    displayName: record.name,
    ...(record.members
      ? {
          members: record.members.map((member) => ({
            value: member.userId,
            $ref: `${baseUrl}/scim/v2/Users/${member.userId}`,
            display: member.name,
          })),
        }
      : {}),
    meta: scimMeta("Group", record.createdAt, `${baseUrl}/scim/v2/Groups/${record.id}`),
  };
}

/** The record as a PATCH works on it: every attribute present (null when unset) under its canonical name. */
export function scimGroupPatchView(record: ScimGroupRecord): Record<string, unknown> {
  return {
    schemas: [SCIM_GROUP_SCHEMA],
    displayName: record.name,
    externalId: record.externalId,
    members: (record.members ?? []).map((member) => ({ value: member.userId, display: member.name })),
  };
}
