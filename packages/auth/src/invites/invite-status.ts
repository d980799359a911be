import { schema } from "@penny/db";
import { type SQL, sql } from "drizzle-orm";

/** Where an invitation stands. Derived from its timestamps when read, never stored, so it cannot go stale. */
export const inviteStatuses = ["pending", "accepted", "revoked", "expired"] as const;
export type InviteStatus = (typeof inviteStatuses)[number];

const { invites } = schema;

/**
 * The status as SQL, judged by the database clock (the same clock that set `expires_at`). Accepted wins over
 * revoked over expired: a used invitation stays "accepted" after its expiry passes.
 */
export const inviteStatusSql: SQL<InviteStatus> = sql<InviteStatus>`case
  when ${invites.acceptedAt} is not null then 'accepted'
  when ${invites.revokedAt} is not null then 'revoked'
  when ${invites.expiresAt} <= now() then 'expired'
  else 'pending' end`;
