import { sql } from "drizzle-orm";
import { boolean, index, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./platform.ts";
import { sameTenant, tenantTable } from "./tenant-table.ts";

/** The roles a member can hold, strongest first; the permission matrix (identity issue) builds on this list. */
export const memberRoles = ["admin", "manager", "creator", "viewer"] as const;
export type MemberRole = (typeof memberRoles)[number];

/** A space inside a tenant that owns conversations, files, collections and dashboards. */
export const workspaces = tenantTable(
  "workspaces",
  {
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    isDefault: boolean().notNull().default(false),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.slug)],
);

/** A user's role in a tenant. */
export const memberships = tenantTable(
  "memberships",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: memberRoles }).notNull(),
    status: text({ enum: ["active", "suspended"] })
      .notNull()
      .default("active"),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.userId), index().on(self.userId)],
);

export const groups = tenantTable(
  "groups",
  {
    name: text().notNull(),
    description: text(),
    externalId: text(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);

export const groupMembers = tenantTable(
  "group_members",
  {
    groupId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (self) => [
    uniqueIndex().on(self.tenantId, self.groupId, self.userId),
    sameTenant(self.tenantId, self.groupId, groups),
  ],
);

/** Allow or deny one tool or datasource to a role, group or user; the tool router consults these. */
export const grants = tenantTable(
  "grants",
  {
    subjectType: text({ enum: ["role", "group", "user"] }).notNull(),
    subjectId: text().notNull(),
    resourceType: text({ enum: ["tool", "datasource"] }).notNull(),
    resourceId: text().notNull(),
    effect: text({ enum: ["allow", "deny"] }).notNull(),
  },
  (self) => [
    uniqueIndex().on(self.tenantId, self.subjectType, self.subjectId, self.resourceType, self.resourceId),
  ],
);

/** API keys and personal access tokens: only a hash is stored; the secret is shown once. */
export const apiKeys = tenantTable(
  "api_keys",
  {
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    prefix: text().notNull(),
    secretHash: text().notNull(),
    scopes: text().array().notNull().default(sql`'{}'::text[]`),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (self) => [uniqueIndex().on(self.secretHash)],
);

/** Tenant settings that govern behaviour, e.g. `mfa.required` or `models.external.allowed`. */
export const policies = tenantTable(
  "policies",
  {
    key: text().notNull(),
    value: jsonb().$type<unknown>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.key)],
);

/** A tenant's branding: colours, fonts and logo as design tokens. */
export const themes = tenantTable(
  "themes",
  {
    name: text().notNull(),
    tokens: jsonb().$type<Record<string, string>>().notNull().default({}),
    logoBlobKey: text(),
    isDefault: boolean().notNull().default(false),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);
