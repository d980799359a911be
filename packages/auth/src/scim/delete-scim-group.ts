import type { Database } from "@penny/db";
import { AuthError } from "../auth-error.ts";
import { deleteGroup } from "../groups/groups.ts";
import { findScimGroup } from "./find-scim-group.ts";
import type { ScimAudit } from "./scim-audit.ts";

/** DELETE: removes the group, its memberships and the grants made to it (as `DELETE /v1/groups/:id` does). */
export async function deleteScimGroup(
  database: Database,
  options: { tenantId: string; groupId: string; audit: ScimAudit },
): Promise<void> {
  const group = await findScimGroup(database, { ...options, includeMembers: false });
  if (!group) throw new AuthError("PENNY_NOT_FOUND", "No such group in this tenant.");
  await deleteGroup(database, {
    tenantId: options.tenantId,
    groupId: group.id,
    audit: (tx) =>
      options.audit(tx, {
        action: "scim.group.delete",
        target: `group:${group.id}`,
        data: { displayName: group.name, externalId: group.externalId },
      }),
  });
}
