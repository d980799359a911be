import { type Database, schema, type Tx } from "@penny/db";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { isUniqueViolation } from "../oidc/unique-violation.ts";
import { revokeUserSessionsInTenant } from "../sessions/sessions.ts";
import { ScimMutabilityError } from "./errors/scim-mutability-error.ts";
import { ScimUniquenessError } from "./errors/scim-uniqueness-error.ts";
import { findScimUserIn } from "./find-scim-user.ts";
import type { ScimAudit } from "./scim-audit.ts";
import { refuseLastActiveAdmin } from "./scim-last-admin.ts";
import type { ScimUserRecord } from "./scim-user-record.ts";
import type { ScimUserState } from "./scim-user-state.ts";

const { apiKeys, memberships, users } = schema;

/**
 * Brings a member to `state` (the result of a PUT or a PATCH) and returns the new record.
 *
 * Two kinds of change, each in its own transaction with its own audit event:
 * - the account's address and name are global, so they change as the platform role, and only for an account this
 *   tenant has to itself (a member of no other tenant, not a platform administrator): another tenant's directory
 *   must not rename, or take over by address, someone else's account. For a shared account a new name is ignored
 *   and a new address is refused (400 mutability);
 * - the membership (role, `externalId`, `active`) changes inside the tenant. Deactivation suspends the membership
 *   and revokes the person's keys here, then their sessions in this tenant end.
 * Everything that can refuse is checked before either is written.
 */
export async function updateScimUser(
  database: Database,
  options: { tenantId: string; current: ScimUserRecord; state: ScimUserState; audit: ScimAudit },
): Promise<ScimUserRecord> {
  const { tenantId, current, state, audit } = options;
  const membershipChanged = changedMembershipFields(current, state);
  const losesAdmin = current.role === "admin" && current.active && (state.role !== "admin" || !state.active);
  if (losesAdmin) await database.withTenant(tenantId, (tx) => refuseLastActiveAdmin(tx, current.id));

  const emailChanged = state.email !== current.email;
  if (emailChanged || state.name !== current.name) {
    try {
      await database.withPlatform((tx) => updateAccount(tx, { tenantId, current, state, audit }));
    } catch (error) {
      if (isUniqueViolation(error)) throw addressTaken(state.email);
      throw error;
    }
  }

  const deactivated = current.active && !state.active;
  const updated = await database.withTenant(tenantId, async (tx) => {
    if (membershipChanged.length > 0) {
      const locked = await findScimUserIn(tx, current.id, { forUpdate: true });
      if (!locked) throw new AuthError("PENNY_NOT_FOUND", "No such user in this tenant.");
      if (locked.role === "admin" && locked.active && (state.role !== "admin" || !state.active)) {
        await refuseLastActiveAdmin(tx, current.id);
      }
      // Only what this request changed, so a concurrent change to another field is not overwritten.
      await tx
        .update(memberships)
        .set({
          ...(membershipChanged.includes("role") ? { role: state.role } : {}),
          ...(membershipChanged.includes("externalId") ? { externalId: state.externalId } : {}),
          ...(membershipChanged.includes("active") ? { status: state.active ? "active" : "suspended" } : {}),
        })
        .where(eq(memberships.userId, current.id));
      // A suspended member's personal keys already stop working; revoking them keeps them from coming back.
      if (deactivated) {
        await tx
          .update(apiKeys)
          .set({ revokedAt: sql`now()` })
          .where(and(eq(apiKeys.userId, current.id), isNull(apiKeys.revokedAt)));
      }
      await audit(tx, {
        action: deactivated ? "scim.user.deactivate" : "scim.user.update",
        target: `user:${current.id}`,
        data: {
          changed: membershipChanged,
          role: state.role,
          active: state.active,
          externalId: state.externalId,
        },
      });
    }
    return findScimUserIn(tx, current.id);
  });
  if (deactivated) await revokeUserSessionsInTenant(database, { userId: current.id, tenantId });
  if (!updated) throw new AuthError("PENNY_NOT_FOUND", "No such user in this tenant.");
  return updated;
}

function changedMembershipFields(current: ScimUserRecord, state: ScimUserState): string[] {
  return (["role", "externalId", "active"] as const).filter((field) => current[field] !== state[field]);
}

async function updateAccount(
  tx: Tx,
  options: { tenantId: string; current: ScimUserRecord; state: ScimUserState; audit: ScimAudit },
): Promise<void> {
  const { tenantId, current, state } = options;
  const shared = await isShared(tx, tenantId, current.id);
  const sameAddress = state.email.toLowerCase() === current.email.toLowerCase();
  if (shared && !sameAddress) {
    throw new ScimMutabilityError(
      "This account is not managed by this tenant alone, so its email address cannot be changed from here.",
    );
  }
  const changes = shared ? {} : { email: state.email, name: state.name };
  const changed = Object.entries(changes)
    .filter(([field, value]) => current[field as "email" | "name"] !== value)
    .map(([field]) => field);
  if (changed.length === 0) return;
  if (!sameAddress) {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(sql`lower(${users.email})`, state.email.toLowerCase()), ne(users.id, current.id)));
    if (taken) throw addressTaken(state.email);
  }
  await tx.update(users).set(changes).where(eq(users.id, current.id));
  await options.audit(tx, {
    action: "scim.user.update",
    target: `user:${current.id}`,
    data: {
      changed,
      ...(changed.includes("email") ? { email: state.email, previousEmail: current.email } : {}),
    },
  });
}

/** Whether the account is used beyond this tenant: a membership elsewhere, or platform administration. */
async function isShared(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const [user] = await tx.select({ admin: users.isPlatformAdmin }).from(users).where(eq(users.id, userId));
  if (user?.admin !== false) return true;
  const elsewhere = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.tenantId, tenantId)))
    .limit(1);
  return elsewhere.length > 0;
}

function addressTaken(email: string): ScimUniquenessError {
  return new ScimUniquenessError(`Another account already uses ${email}.`);
}
