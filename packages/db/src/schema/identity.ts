import { sql } from "drizzle-orm";
import { boolean, index, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { credentials } from "./extensions.ts";
import { users } from "./platform.ts";
import { sameTenant, tenantTable } from "./tenant-table.ts";

/** The roles a member can hold, strongest first; the permission matrix (identity issue) builds on this list. */
export const memberRoles = ["admin", "manager", "creator", "viewer"] as const;
export type MemberRole = (typeof memberRoles)[number];
export const apiKeyKinds = ["personal", "service", "scim"] as const;

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
    /** The id the tenant's directory (SCIM) knows this member by. */
    externalId: text(),
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
    /** personal: acts as its user; service: a tenant-level key for automation; scim: the tenant's SCIM token. */
    kind: text({ enum: apiKeyKinds }).notNull().default("personal"),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
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

/** An invitation to join a tenant with a role; single-use, expiring, revocable. Only the token's hash is stored. */
export const invites = tenantTable(
  "invites",
  {
    email: text().notNull(),
    role: text({ enum: memberRoles }).notNull(),
    tokenHash: text().notNull(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (self) => [uniqueIndex().on(self.tokenHash), index().on(self.tenantId, self.email)],
);

export const identityProviderKinds = ["oidc", "google", "entra", "github"] as const;

/**
 * A way to sign in to this tenant: generic OIDC or a preset (Google, Microsoft Entra ID, GitHub — GitHub is OAuth2
 * without ID tokens). The client secret lives in the vault (`credentials`).
 */
export const identityProviders = tenantTable(
  "identity_providers",
  {
    kind: text({ enum: identityProviderKinds }).notNull(),
    name: text().notNull(),
    issuer: text(),
    clientId: text().notNull(),
    clientSecretCredentialId: uuid(),
    scopes: text().array().notNull().default(sql`'{openid,email,profile}'::text[]`),
    /** Just-in-time provisioning: unknown users who sign in become members with this role. */
    jitProvisioning: boolean().notNull().default(true),
    defaultRole: text({ enum: memberRoles }).notNull().default("viewer"),
    /** Empty means any domain; otherwise the verified email must end in one of these. */
    allowedDomains: text().array().notNull().default(sql`'{}'::text[]`),
    enabled: boolean().notNull().default(true),
  },
  (self) => [
    uniqueIndex().on(self.tenantId, self.name),
    sameTenant(self.tenantId, self.clientSecretCredentialId, credentials),
  ],
);

/** The link between a user and their account at one of the tenant's identity providers. */
export const externalIdentities = tenantTable(
  "external_identities",
  {
    providerId: uuid().notNull(),
    subject: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text(),
  },
  (self) => [
    sameTenant(self.tenantId, self.providerId, identityProviders),
    uniqueIndex().on(self.tenantId, self.providerId, self.subject),
  ],
);
