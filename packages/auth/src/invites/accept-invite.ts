import { recordAudit } from "@penny/audit";
import { type Database, schema, type Tx } from "@penny/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "../password.ts";
import { checkPasswordRules, WeakPasswordError } from "../password-rules.ts";
import { hashToken } from "../tokens.ts";
import { inviteColumns } from "./invite.ts";
import { InviteEmailMismatchError } from "./invite-email-mismatch-error.ts";
import { InviteExpiredError } from "./invite-expired-error.ts";
import { InviteNotFoundError } from "./invite-not-found-error.ts";
import { InviteRevokedError } from "./invite-revoked-error.ts";
import { InviteSignupRequiredError } from "./invite-signup-required-error.ts";
import type { InviteStatus } from "./invite-status.ts";
import { InviteUsedError } from "./invite-used-error.ts";
import { InviteeAlreadyMemberError } from "./invitee-already-member-error.ts";
import { type InviteRequestContext, requestFields } from "./request-context.ts";

const { invites, memberships, tenants, users } = schema;

/** What the person opening the link sends; the route validates its body with this same schema. */
export const acceptInviteInputSchema = z.object({
  token: z.string().min(1).max(200),
  /** For a new account: the person's name. Ignored when an account for the invited address exists. */
  name: z.string().trim().min(1).max(200).optional(),
  /** For a new account: its password, held to `checkPasswordRules`. Never changes an existing account's. */
  password: z.string().optional(),
  /** The signed-in user accepting; must be the account of the invited address. */
  existingUserId: z.guid().optional(),
});

export type AcceptInviteOptions = z.input<typeof acceptInviteInputSchema> & {
  requestContext?: InviteRequestContext;
};

export interface AcceptedInvite {
  userId: string;
  tenantId: string;
  role: schema.MemberRole;
  /** True when accepting created the account; false when an existing account was linked. */
  createdUser: boolean;
}

/** The invitation behind a token, its tenant's name, and the account already using its address, if any. */
interface FoundInvite {
  id: string;
  tenantId: string;
  tenantName: string;
  email: string;
  role: schema.MemberRole;
  status: InviteStatus;
  existingUserId: string | undefined;
}

/** Either an account to link, or what is needed to create one (hashed before the transaction: argon2 is slow). */
type Account = { userId: string } | { name: string; passwordHash: string };

/**
 * Accepts an invitation: links the account of the invited address, or creates it, and makes it a member with the
 * invited role. Single use even under concurrency: the invitation is claimed first with a conditional UPDATE, so of
 * two simultaneous accepts exactly one wins and the other gets `InviteUsedError`. Everything is written in one
 * transaction. Failures of the invitation itself (expired, used, revoked, wrong account, already a member) are
 * recorded as `invite.accept_failed` in the invitation's tenant before the error is thrown.
 */
export async function acceptInvite(
  database: Database,
  options: AcceptInviteOptions,
): Promise<AcceptedInvite> {
  const { requestContext, ...fields } = options;
  const input = acceptInviteInputSchema.parse(fields);
  const tokenHash = hashToken(input.token);
  const found = await database.withPlatform((tx) => findInvite(tx, tokenHash));
  if (!found) throw new InviteNotFoundError();

  try {
    refuseUnlessPending(found.status);
    const account = await chooseAccount(found, input);
    return await database.withPlatform(async (tx) => {
      // The row lock taken here makes a concurrent accept wait, then find the invitation no longer pending.
      const [claimed] = await tx
        .update(invites)
        .set({ acceptedAt: sql`now()` })
        .where(
          and(
            eq(invites.tenantId, found.tenantId),
            eq(invites.id, found.id),
            isNull(invites.acceptedAt),
            isNull(invites.revokedAt),
            sql`${invites.expiresAt} > now()`,
          ),
        )
        .returning({ id: invites.id });
      if (!claimed) {
        const current = await findInvite(tx, tokenHash);
        refuseUnlessPending(current?.status ?? "accepted");
        throw new InviteUsedError();
      }

      const { userId, createdUser } = await ensureUser(tx, found.email, account);
      const [member] = await tx
        .insert(memberships)
        .values({ tenantId: found.tenantId, userId, role: found.role })
        .onConflictDoUpdate({
          target: [memberships.tenantId, memberships.userId],
          // A suspended member who is invited again comes back with the invited role; an active one is left alone.
          set: { role: found.role, status: "active" },
          setWhere: sql`${memberships.status} <> 'active'`,
        })
        .returning({ id: memberships.id });
      if (!member) throw new InviteeAlreadyMemberError(found.email, found.tenantName);

      await tx
        .update(invites)
        .set({ acceptedUserId: userId })
        .where(and(eq(invites.tenantId, found.tenantId), eq(invites.id, found.id)));
      await recordAudit(tx, {
        tenantId: found.tenantId,
        actor: { type: "user", id: userId },
        action: "invite.accepted",
        target: `invite:${found.id}`,
        data: { email: found.email, role: found.role, createdUser },
        ...requestFields(requestContext),
      });
      return { userId, tenantId: found.tenantId, role: found.role, createdUser };
    });
  } catch (error) {
    if (isInviteFailure(error)) {
      await database.withPlatform((tx) =>
        recordAudit(tx, {
          tenantId: found.tenantId,
          actor: input.existingUserId ? { type: "user", id: input.existingUserId } : { type: "anonymous" },
          action: "invite.accept_failed",
          target: `invite:${found.id}`,
          outcome: "failure",
          data: { email: found.email, reason: error.code },
          ...requestFields(requestContext),
        }),
      );
    }
    throw error;
  }
}

async function findInvite(tx: Tx, tokenHash: string): Promise<FoundInvite | undefined> {
  const [row] = await tx
    .select({
      id: inviteColumns.id,
      tenantId: inviteColumns.tenantId,
      tenantName: tenants.name,
      email: inviteColumns.email,
      role: inviteColumns.role,
      status: inviteColumns.status,
    })
    .from(invites)
    .innerJoin(tenants, eq(tenants.id, invites.tenantId))
    .where(eq(invites.tokenHash, tokenHash));
  if (!row) return undefined;
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${row.email}`);
  return { ...row, existingUserId: user?.id };
}

function refuseUnlessPending(status: InviteStatus): void {
  if (status === "accepted") throw new InviteUsedError();
  if (status === "revoked") throw new InviteRevokedError();
  if (status === "expired") throw new InviteExpiredError();
}

/** The account to make a member: the signed-in one, the one using the invited address, or a new one. */
async function chooseAccount(
  found: FoundInvite,
  input: z.infer<typeof acceptInviteInputSchema>,
): Promise<Account> {
  if (input.existingUserId !== undefined) {
    if (input.existingUserId !== found.existingUserId) throw new InviteEmailMismatchError();
    return { userId: input.existingUserId };
  }
  if (found.existingUserId !== undefined) return { userId: found.existingUserId };
  if (input.name === undefined || input.password === undefined) throw new InviteSignupRequiredError();
  const problems = checkPasswordRules(input.password, { email: found.email });
  if (problems.length > 0) throw new WeakPasswordError(problems);
  return { name: input.name, passwordHash: await hashPassword(input.password) };
}

async function ensureUser(tx: Tx, email: string, account: Account) {
  if ("userId" in account) return { userId: account.userId, createdUser: false };
  const [created] = await tx
    .insert(users)
    .values({
      email,
      name: account.name,
      passwordHash: account.passwordHash,
      // Opening the link sent to the address proves the person reads its mail.
      emailVerifiedAt: sql`now()`,
      passwordChangedAt: sql`now()`,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (created) return { userId: created.id, createdUser: true };
  // Someone created an account for this address since the invitation was read: link that one, password untouched.
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  if (!existing) throw new Error(`Creating the user ${email} conflicted, but no such user exists`);
  return { userId: existing.id, createdUser: false };
}

const auditedFailures = [
  InviteExpiredError,
  InviteUsedError,
  InviteRevokedError,
  InviteEmailMismatchError,
  InviteeAlreadyMemberError,
];

/** Failures worth an audit event: the invitation could not be used. A weak password is only a form mistake. */
function isInviteFailure(error: unknown): error is InstanceType<(typeof auditedFailures)[number]> {
  return auditedFailures.some((failure) => error instanceof failure);
}
