import { recordAudit } from "@penny/audit";
import { type Database, schema } from "@penny/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { type Invite, inviteColumns } from "./invite.ts";
import { InviteNotFoundError } from "./invite-not-found-error.ts";
import { InviteUsedError } from "./invite-used-error.ts";
import { type InviteRequestContext, requestFields } from "./request-context.ts";

const { invites } = schema;
const isId = (value: string) => z.guid().safeParse(value).success;

/**
 * Withdraws an invitation so its link stops working. Revoking an already revoked one changes nothing; an accepted
 * one cannot be revoked (remove the member instead).
 */
export async function revokeInvite(
  database: Database,
  options: { tenantId: string; inviteId: string; actorId: string; requestContext?: InviteRequestContext },
): Promise<Invite> {
  if (!isId(options.inviteId)) throw new InviteNotFoundError();
  return database.withTenant(options.tenantId, async (tx) => {
    const [revoked] = await tx
      .update(invites)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invites.id, options.inviteId), isNull(invites.acceptedAt), isNull(invites.revokedAt)))
      .returning(inviteColumns);
    if (revoked) {
      await recordAudit(tx, {
        tenantId: options.tenantId,
        actor: { type: "user", id: options.actorId },
        action: "invite.revoked",
        target: `invite:${revoked.id}`,
        data: { email: revoked.email },
        ...requestFields(options.requestContext),
      });
      return revoked;
    }
    const [current] = await tx.select(inviteColumns).from(invites).where(eq(invites.id, options.inviteId));
    if (!current) throw new InviteNotFoundError();
    if (current.status === "accepted") throw new InviteUsedError();
    return current;
  });
}
