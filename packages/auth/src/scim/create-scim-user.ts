import { type Database, schema, type Tx } from "@penny/db";
import { eq, sql } from "drizzle-orm";
import { ScimUniquenessError } from "./errors/scim-uniqueness-error.ts";
import { findScimUserIn } from "./find-scim-user.ts";
import type { ScimAudit } from "./scim-audit.ts";
import type { ScimUserRecord } from "./scim-user-record.ts";
import type { ScimUserInput } from "./scim-user-schema.ts";
import { type ScimUserState, scimUserState } from "./scim-user-state.ts";

const { memberships, users } = schema;

/**
 * Provisions a person into the tenant: the account of that address (created without a password when there is
 * none; the person signs in through single sign-on or sets a password by reset), then the membership with the
 * requested role (default viewer). An existing account is linked as it is: a directory never rewrites the profile
 * of an account it did not create. Someone who is already a member is a uniqueness conflict (409).
 *
 * Accounts are global, so finding or creating one runs as the platform role; the membership and its audit event
 * are one tenant transaction. An account created for a membership that then fails stays without any membership,
 * invisible to every tenant, and is linked by the next attempt.
 */
export async function createScimUser(
  database: Database,
  options: { tenantId: string; input: ScimUserInput; audit: ScimAudit },
): Promise<ScimUserRecord> {
  const state = scimUserState(options.input);
  const account = await database.withPlatform((tx) => findOrCreateAccount(tx, state));
  return database.withTenant(options.tenantId, async (tx) => {
    const [membership] = await tx
      .insert(memberships)
      .values({
        tenantId: options.tenantId,
        userId: account.userId,
        role: state.role,
        status: state.active ? "active" : "suspended",
        externalId: state.externalId,
      })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (!membership) throw new ScimUniquenessError(`${state.email} is already a member of this tenant.`);
    const record = await findScimUserIn(tx, account.userId);
    if (!record) throw new Error(`The membership of ${account.userId} was created but cannot be read`);
    await options.audit(tx, {
      action: "scim.user.create",
      target: `user:${record.id}`,
      data: {
        email: record.email,
        role: record.role,
        active: record.active,
        externalId: record.externalId,
        account: account.created ? "created" : "linked",
      },
    });
    return record;
  });
}

async function findOrCreateAccount(
  tx: Tx,
  state: ScimUserState,
): Promise<{ userId: string; created: boolean }> {
  const existing = await accountByEmail(tx, state.email);
  if (existing) return { userId: existing, created: false };
  const [created] = await tx
    .insert(users)
    .values({ email: state.email, name: state.name, passwordHash: null, status: "active" })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (created) return { userId: created.id, created: true };
  // Someone created an account for this address in the meantime: link that one.
  const raced = await accountByEmail(tx, state.email);
  if (!raced) throw new Error(`Creating the account ${state.email} conflicted, but no such account exists`);
  return { userId: raced, created: false };
}

async function accountByEmail(tx: Tx, email: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row?.id;
}
