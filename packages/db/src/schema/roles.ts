import { type SQL, sql } from "drizzle-orm";
import { pgPolicy, pgRole } from "drizzle-orm/pg-core";

/**
 * The role every tenant query runs as. It owns nothing, so forced row-level security applies to it,
 * and it can only see rows of the tenant set in `penny.tenant_id` for the current transaction.
 */
export const appRole = pgRole("penny_app").existing();

/** The role of the explicit cross-tenant path (creating tenants, signing in before a tenant is known). */
export const platformRole = pgRole("penny_platform").existing();

/** The active tenant of the current transaction, or NULL when none is set (then nothing is visible). */
export const currentTenantId: SQL = sql`NULLIF(current_setting('penny.tenant_id', true), '')::uuid`;

/** Policies every platform table carries: only the platform role reaches it unless a table adds more. */
export const platformPolicies = () => [
  pgPolicy("platform_access", {
    as: "permissive",
    for: "all",
    to: platformRole,
    using: sql`true`,
    withCheck: sql`true`,
  }),
];

/** Policies every tenant table carries: the app role sees its tenant's rows, the platform role all rows. */
export const tenantPolicies = () => [
  pgPolicy("tenant_isolation", {
    as: "permissive",
    for: "all",
    to: appRole,
    using: sql`tenant_id = ${currentTenantId}`,
    withCheck: sql`tenant_id = ${currentTenantId}`,
  }),
  ...platformPolicies(),
];
