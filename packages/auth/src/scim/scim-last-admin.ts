import { schema, type Tx } from "@penny/db";
import { and, count, eq, ne } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";

/**
 * Refuses to suspend, demote or remove the tenant's last active admin, as the members API does, so a directory
 * cannot lock a tenant out of its own administration. Runs inside the tenant's transaction.
 */
export async function refuseLastActiveAdmin(tx: Tx, userId: string): Promise<void> {
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
    throw new AuthError(
      "PENNY_CONFLICT",
      "This is the tenant's last active admin; make someone else admin in Penny or in the directory first.",
    );
  }
}
