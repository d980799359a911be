import { type Database, type MemberRole, schema, type Tx } from "@penny/db";
import { and, eq, ne, sql } from "drizzle-orm";
import { OidcAccountDisabledError } from "./errors/oidc-account-disabled-error.ts";
import { OidcAccountLinkRefusedError } from "./errors/oidc-account-link-refused-error.ts";
import { OidcDomainNotAllowedError } from "./errors/oidc-domain-not-allowed-error.ts";
import { OidcEmailNotVerifiedError } from "./errors/oidc-email-not-verified-error.ts";
import { OidcNotProvisionedError } from "./errors/oidc-not-provisioned-error.ts";
import type { ProviderIdentity } from "./provider-identity.ts";
import { emailAuthority } from "./provider-presets.ts";
import { isUniqueViolation } from "./unique-violation.ts";

type IdentityProviderRow = typeof schema.identityProviders.$inferSelect;
type UserRow = typeof schema.users.$inferSelect;

/** The Penny user behind a provider identity, and what signing in changed. */
export interface ResolvedUser {
  userId: string;
  email: string;
  /** A new user was created (just-in-time provisioning). */
  created: boolean;
  /** The provider identity was newly linked to a user (new or existing). */
  linked: boolean;
  /** The user became a member of the tenant with this sign-in. */
  membershipCreated: boolean;
  role: MemberRole;
}

/**
 * Finds or provisions the user for `identity` at `provider` in `tenantId`:
 * 1. an identity linked before → its user;
 * 2. else a verified email matching an existing user → link it (account linking by verified email);
 * 3. else, with just-in-time provisioning, a new user without a password.
 * A user who is not yet a member joins with the provider's default role only under JIT. An unverified email never
 * links or creates. A provider the tenant runs itself never takes over an account that is a platform admin or a
 * member elsewhere, because the tenant's administrators can put any address into their own IdP.
 *
 * Runs as the platform role (users are global and the tenant is not yet signed in), so every tenant table below
 * is filtered by `tenantId` explicitly. Two first sign-ins racing on one account collide on a unique index; the
 * loser retries once and then finds the winner's rows.
 */
export async function resolveUser(
  database: Database,
  options: { tenantId: string; provider: IdentityProviderRow; identity: ProviderIdentity },
): Promise<ResolvedUser> {
  checkAllowedDomain(options.provider, options.identity);
  try {
    return await database.withPlatform((tx) => resolveInTransaction(tx, options));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return database.withPlatform((tx) => resolveInTransaction(tx, options));
  }
}

async function resolveInTransaction(
  tx: Tx,
  options: { tenantId: string; provider: IdentityProviderRow; identity: ProviderIdentity },
): Promise<ResolvedUser> {
  const { tenantId, provider, identity } = options;
  const [existingLink] = await tx
    .select()
    .from(schema.externalIdentities)
    .where(
      and(
        eq(schema.externalIdentities.tenantId, tenantId),
        eq(schema.externalIdentities.providerId, provider.id),
        eq(schema.externalIdentities.subject, identity.subject),
      ),
    );
  if (existingLink) {
    const user = await userById(tx, existingLink.userId);
    const membership = await ensureMembership(tx, tenantId, provider, user);
    if (identity.email && identity.email !== existingLink.email) {
      await tx
        .update(schema.externalIdentities)
        .set({ email: identity.email })
        .where(
          and(
            eq(schema.externalIdentities.tenantId, tenantId),
            eq(schema.externalIdentities.id, existingLink.id),
          ),
        );
    }
    return { userId: user.id, email: user.email, created: false, linked: false, ...membership };
  }

  if (!identity.email || !identity.emailVerified) throw new OidcEmailNotVerifiedError();
  const authority = emailAuthority(provider.kind, provider.issuer ?? "");
  const [existingUser] = await tx
    .select()
    .from(schema.users)
    .where(sql`lower(${schema.users.email}) = lower(${identity.email})`);

  if (existingUser) {
    if (
      authority === "tenant" &&
      (existingUser.isPlatformAdmin || (await isMemberElsewhere(tx, existingUser.id, tenantId)))
    ) {
      throw new OidcAccountLinkRefusedError();
    }
    const membership = await ensureMembership(tx, tenantId, provider, existingUser);
    await linkIdentity(tx, tenantId, provider, identity, existingUser.id);
    await tx
      .update(schema.users)
      .set({
        // Signing in through a provider is how an invited person without a password first gets in.
        status: "active",
        // Only a globally trusted provider proves the mailbox to Penny as a whole.
        ...(authority === "global" && !existingUser.emailVerifiedAt ? { emailVerifiedAt: sql`now()` } : {}),
      })
      .where(eq(schema.users.id, existingUser.id));
    return {
      userId: existingUser.id,
      email: existingUser.email,
      created: false,
      linked: true,
      ...membership,
    };
  }

  if (!provider.jitProvisioning) throw new OidcNotProvisionedError();
  const [user] = await tx
    .insert(schema.users)
    .values({
      email: identity.email,
      name: identity.name ?? identity.email.split("@")[0] ?? identity.email,
      passwordHash: null,
      status: "active",
      emailVerifiedAt: authority === "global" ? sql`now()` : null,
    })
    .returning();
  if (!user) throw new Error("Creating a user returned no row");
  await tx.insert(schema.memberships).values({ tenantId, userId: user.id, role: provider.defaultRole });
  await linkIdentity(tx, tenantId, provider, identity, user.id);
  return {
    userId: user.id,
    email: user.email,
    created: true,
    linked: true,
    membershipCreated: true,
    role: provider.defaultRole,
  };
}

/** With allowed domains set, every sign-in through the provider needs a verified address in one of them. */
function checkAllowedDomain(provider: IdentityProviderRow, identity: ProviderIdentity): void {
  if (provider.allowedDomains.length === 0) return;
  if (!identity.email || !identity.emailVerified) throw new OidcEmailNotVerifiedError();
  const domain = identity.email.slice(identity.email.lastIndexOf("@") + 1).toLowerCase();
  if (!provider.allowedDomains.includes(domain)) throw new OidcDomainNotAllowedError(domain);
}

/** The user's membership in the tenant, created with the default role under JIT; refuses disabled accounts. */
async function ensureMembership(
  tx: Tx,
  tenantId: string,
  provider: IdentityProviderRow,
  user: UserRow,
): Promise<{ membershipCreated: boolean; role: MemberRole }> {
  if (user.status === "deactivated") throw new OidcAccountDisabledError();
  const [membership] = await tx
    .select({ role: schema.memberships.role, status: schema.memberships.status })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.tenantId, tenantId), eq(schema.memberships.userId, user.id)));
  if (membership) {
    if (membership.status !== "active") throw new OidcAccountDisabledError();
    return { membershipCreated: false, role: membership.role };
  }
  if (!provider.jitProvisioning) throw new OidcNotProvisionedError();
  await tx.insert(schema.memberships).values({ tenantId, userId: user.id, role: provider.defaultRole });
  return { membershipCreated: true, role: provider.defaultRole };
}

async function linkIdentity(
  tx: Tx,
  tenantId: string,
  provider: IdentityProviderRow,
  identity: ProviderIdentity,
  userId: string,
): Promise<void> {
  await tx
    .insert(schema.externalIdentities)
    .values({ tenantId, providerId: provider.id, subject: identity.subject, userId, email: identity.email });
}

async function userById(tx: Tx, userId: string): Promise<UserRow> {
  const [user] = await tx.select().from(schema.users).where(eq(schema.users.id, userId));
  if (!user) throw new Error(`The user ${userId} of an external identity is missing`);
  return user;
}

async function isMemberElsewhere(tx: Tx, userId: string, tenantId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: schema.memberships.id })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.userId, userId), ne(schema.memberships.tenantId, tenantId)))
    .limit(1);
  return rows.length > 0;
}
