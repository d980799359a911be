import { schema } from "@penny/db";
import { getTableColumns } from "drizzle-orm";
import { type InviteStatus, inviteStatusSql } from "./invite-status.ts";

/** An invitation as Penny shows it: every column but the token hash, plus its derived status. */
export type Invite = Omit<typeof schema.invites.$inferSelect, "tokenHash"> & { status: InviteStatus };

const { tokenHash: _secret, ...visibleColumns } = getTableColumns(schema.invites);

/** The select (and returning) list that yields an `Invite`; the token hash never leaves the data layer. */
export const inviteColumns = { ...visibleColumns, status: inviteStatusSql };
