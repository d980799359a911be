import { type Database, type MemberRole, schema } from "@penny/db";
import type { Mailer } from "@penny/mail";
import { eq } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { canAssignRole } from "../permissions.ts";
import { type CreatedInvite, createInvite } from "./create-invite.ts";
import { InviteNotFoundError } from "./invite-not-found-error.ts";
import { InviteUsedError } from "./invite-used-error.ts";
import type { InviteRequestContext } from "./request-context.ts";

/**
 * Sends an invitation again with a fresh link and a fresh expiry: a new invitation to the same address and role,
 * which revokes the old link (pending, expired or revoked ones can all be sent again; an accepted one cannot). The
 * sender may not hand out a role above their own, as when inviting.
 */
export async function resendInvite(
  database: Database,
  options: {
    tenantId: string;
    inviteId: string;
    actorId: string;
    actorRole: MemberRole;
    mailer: Mailer;
    baseUrl: string;
    requestContext?: InviteRequestContext;
  },
): Promise<CreatedInvite> {
  const [earlier] = await database.withTenant(options.tenantId, (tx) =>
    tx
      .select({
        email: schema.invites.email,
        role: schema.invites.role,
        acceptedAt: schema.invites.acceptedAt,
      })
      .from(schema.invites)
      .where(eq(schema.invites.id, options.inviteId)),
  );
  if (!earlier) throw new InviteNotFoundError();
  if (earlier.acceptedAt) throw new InviteUsedError();
  if (!canAssignRole(options.actorRole, earlier.role)) {
    throw new AuthError(
      "PENNY_FORBIDDEN",
      `You cannot invite as "${earlier.role}": it is above your own role.`,
    );
  }
  return createInvite(database, {
    tenantId: options.tenantId,
    email: earlier.email,
    role: earlier.role,
    invitedBy: options.actorId,
    mailer: options.mailer,
    baseUrl: options.baseUrl,
    ...(options.requestContext ? { requestContext: options.requestContext } : {}),
  });
}
