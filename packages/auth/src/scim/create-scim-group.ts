import { type Database, schema } from "@penny/db";
import { isUniqueViolation } from "../oidc/unique-violation.ts";
import { ScimUniquenessError } from "./errors/scim-uniqueness-error.ts";
import { findScimGroupIn } from "./find-scim-group.ts";
import type { ScimAudit } from "./scim-audit.ts";
import { checkedMemberIds, syncGroupMembers } from "./scim-group-members.ts";
import type { ScimGroupRecord } from "./scim-group-record.ts";
import type { ScimGroupInput } from "./scim-group-schema.ts";

/** POST: creates a group with its members in one tenant transaction; a taken name is a uniqueness conflict. */
export async function createScimGroup(
  database: Database,
  options: { tenantId: string; input: ScimGroupInput; audit: ScimAudit },
): Promise<ScimGroupRecord> {
  const { tenantId, input } = options;
  try {
    return await database.withTenant(tenantId, async (tx) => {
      const wanted = await checkedMemberIds(tx, input.members);
      const [group] = await tx
        .insert(schema.groups)
        .values({ tenantId, name: input.displayName, externalId: input.externalId ?? null })
        .returning({ id: schema.groups.id });
      if (!group) throw new Error("Creating a group returned no row");
      await syncGroupMembers(tx, { tenantId, groupId: group.id, current: [], wanted });
      await options.audit(tx, {
        action: "scim.group.create",
        target: `group:${group.id}`,
        data: { displayName: input.displayName, externalId: input.externalId ?? null, members: wanted },
      });
      const created = await findScimGroupIn(tx, group.id, { includeMembers: true });
      if (!created) throw new Error(`The group ${group.id} was created but cannot be read`);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw groupNameTaken(input.displayName);
    throw error;
  }
}

export function groupNameTaken(name: string): ScimUniquenessError {
  return new ScimUniquenessError(`A group is already called "${name}".`);
}
