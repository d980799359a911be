import { type Database, schema } from "@penny/db";
import { and, eq, sql } from "drizzle-orm";

const { policies } = schema;

/** The tenant policy key; its value is JSON `true` when every member must sign in with a second factor. */
export const MFA_REQUIRED_POLICY = "mfa.required";

/**
 * Whether the tenant requires a second factor of its members. Anything but JSON `true` (no row, `false`, the
 * string "true") means not required, so a malformed value never locks a whole tenant out. Compared in SQL because
 * drizzle parses a jsonb string a second time on the way out, which would turn "true" into `true`.
 */
export async function isMfaRequired(database: Database, tenantId: string): Promise<boolean> {
  const matching = await database.withTenant(tenantId, (tx) =>
    tx.$count(
      policies,
      and(
        eq(policies.tenantId, tenantId),
        eq(policies.key, MFA_REQUIRED_POLICY),
        sql`${policies.value} = 'true'::jsonb`,
      ),
    ),
  );
  return matching > 0;
}

/** Sets the tenant's MFA requirement; runs as the tenant, so row-level security keeps it to that tenant. */
export async function setMfaRequired(database: Database, tenantId: string, required: boolean): Promise<void> {
  await database.withTenant(tenantId, (tx) =>
    tx
      .insert(policies)
      .values({ tenantId, key: MFA_REQUIRED_POLICY, value: required })
      .onConflictDoUpdate({
        target: [policies.tenantId, policies.key],
        set: { value: required, updatedAt: sql`now()` },
      }),
  );
}
