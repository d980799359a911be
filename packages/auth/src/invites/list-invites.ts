import type { Database } from "@penny/db";
import { schema } from "@penny/db";
import { desc } from "drizzle-orm";
import { type Invite, inviteColumns } from "./invite.ts";

/** Every invitation of the tenant, newest first, each with its status (pending, accepted, revoked or expired). */
export function listInvites(database: Database, tenantId: string): Promise<Invite[]> {
  return database.withTenant(tenantId, (tx) =>
    tx
      .select(inviteColumns)
      .from(schema.invites)
      .orderBy(desc(schema.invites.createdAt), desc(schema.invites.id)),
  );
}
