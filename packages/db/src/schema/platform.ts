import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea } from "./bytea.ts";
import { appRole, currentTenantId, platformPolicies } from "./roles.ts";

export const tenantStatuses = ["active", "suspended"] as const;
export const sessionStages = ["active", "mfa_pending"] as const;
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
    emailVerifiedAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }),
    /** Consecutive failed sign-ins; reset by a successful one. Drives the lockout. */
    failedLoginCount: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
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
    /** `mfa_pending` after a correct password when a second factor is still owed; only `active` grants access. */
    stage: text({ enum: sessionStages }).notNull().default("active"),
    mfaVerifiedAt: timestamp({ withTimezone: true }),
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

/** Single-use, expiring password reset tokens; only the hash is stored. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => platformPolicies(),
);

/** Every sign-in attempt by email and address, for throttling across replicas. Unknown emails are recorded too. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ip: text(),
    succeeded: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [
    index().on(self.email, self.createdAt),
    index().on(self.ip, self.createdAt),
    ...platformPolicies(),
  ],
);

/**
 * Mail waiting to be sent, or kept for an administrator to read when no SMTP server is configured.
 * `tenantRef` (not `tenant_id`) because the outbox is platform-only: tenants never read it.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantRef: uuid().references(() => tenants.id, { onDelete: "cascade" }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => platformPolicies(),
);

/**
 * An OIDC/OAuth2 sign-in in progress: created when the browser is sent to the identity provider, consumed once
 * by the callback. Platform-only because the callback arrives before any session or tenant is known.
 */
export const oidcLoginStates = pgTable(
  "oidc_login_states",
  {
    id: uuid().primaryKey().defaultRandom(),
    stateHash: text().notNull().unique(),
    nonce: text().notNull(),
    codeVerifier: text().notNull(),
    tenantRef: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    providerRef: uuid().notNull(),
    redirectTo: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => platformPolicies(),
);

/** A user's second factor (TOTP). The shared secret is sealed with the master key (envelope encryption). */
export const mfaFactors = pgTable(
  "mfa_factors",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: ["totp"] })
      .notNull()
      .default("totp"),
    secretCiphertext: bytea().notNull(),
    encryptedDataKey: bytea().notNull(),
    confirmedAt: timestamp({ withTimezone: true }),
    /** The last accepted TOTP time step, so a code cannot be replayed within its window. */
    lastUsedStep: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [index().on(self.userId), ...platformPolicies()],
);

/** Single-use recovery codes for a lost second factor; only hashes are stored. */
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull().unique(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [index().on(self.userId), ...platformPolicies()],
);
