import { type Database, schema } from "@penny/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { revokeUserSessionsInTenant } from "../sessions/sessions.ts";
import { findScimUserIn } from "./find-scim-user.ts";
import type { ScimAudit } from "./scim-audit.ts";
import { refuseLastActiveAdmin } from "./scim-last-admin.ts";

const { apiKeys, groupMembers, memberships } = schema;

/**
 * DELETE: removes the person from the tenant — membership, group memberships and personal keys here — and ends
 * their sessions in this tenant. The account itself stays: it may belong to other tenants.
 */
export async function deleteScimUser(
  database: Database,
  options: { tenantId: string; userId: string; audit: ScimAudit },
): Promise<void> {
  const { userId } = options;
  await database.withTenant(options.tenantId, async (tx) => {
    const current = await findScimUserIn(tx, userId, { forUpdate: true });
    if (!current) throw new AuthError("PENNY_NOT_FOUND", "No such user in this tenant.");
    if (current.role === "admin" && current.active) await refuseLastActiveAdmin(tx, userId);
    await tx.delete(groupMembers).where(eq(groupMembers.userId, userId));
    await tx.delete(memberships).where(eq(memberships.userId, userId));
    await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)));
    await options.audit(tx, {
      action: "scim.user.delete",
      target: `user:${userId}`,
      data: { email: current.email, role: current.role, externalId: current.externalId },
    });
  });
  await revokeUserSessionsInTenant(database, { userId, tenantId: options.tenantId });
}
