import { sql } from "drizzle-orm";
import { boolean, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { appRole, currentTenantId, platformPolicies } from "./roles.ts";

export const tenantStatuses = ["active", "suspended"] as const;
export const userStatuses = ["active", "invited", "deactivated"] as const;

/** A customer company. The app role may read only the row of its own tenant. */
export const tenants = pgTable(
  "tenants",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    status: text({ enum: tenantStatuses }).notNull().default("active"),
    isDemo: boolean().notNull().default(false),
    settings: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    ...platformPolicies(),
    pgPolicy("tenant_reads_itself", {
      as: "permissive",
      for: "select",
      to: appRole,
      using: sql`id = ${currentTenantId}`,
    }),
  ],
);

/**
 * A person; one account may belong to several tenants through memberships. The app role sees only users who
 * are members of the current tenant, so an email address never leaks across tenants.
 */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    status: text({ enum: userStatuses }).notNull().default("active"),
    isPlatformAdmin: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${self.email})`),
    ...platformPolicies(),
    pgPolicy("member_of_current_tenant", {
      as: "permissive",
      for: "select",
      to: appRole,
      using: sql`EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.tenant_id = ${currentTenantId})`,
    }),
  ],
);

/** A signed-in browser session. Looked up by token hash before any tenant is known, so platform-only. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    activeTenantId: uuid().references(() => tenants.id, { onDelete: "set null" }),
    ip: text(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  () => platformPolicies(),
);

/** The install-wide plugin catalogue; tenants read it and enable plugins through plugin_installs. */
export const plugins = pgTable(
  "plugins",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull().unique(),
    version: text().notNull(),
    publisher: text().notNull(),
    manifest: jsonb().$type<Record<string, unknown>>().notNull(),
    signature: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    ...platformPolicies(),
    pgPolicy("catalogue_is_readable", { as: "permissive", for: "select", to: appRole, using: sql`true` }),
  ],
);
