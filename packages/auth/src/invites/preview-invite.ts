import { type Database, schema } from "@penny/db";
import { eq, sql } from "drizzle-orm";
import { hashToken } from "../tokens.ts";
import { inviteColumns } from "./invite.ts";
import { InviteNotFoundError } from "./invite-not-found-error.ts";
import type { InviteStatus } from "./invite-status.ts";

const { invites, tenants, users } = schema;

/** What the person holding an invitation link may see before accepting it. */
export interface InvitePreview {
  tenantName: string;
  tenantSlug: string;
  role: schema.MemberRole;
  /** The invited address with most of its local part hidden: `a•••@example.com`. */
  maskedEmail: string;
  /** True when the address already has a Penny account: the person signs in to accept instead of signing up. */
  accountExists: boolean;
  status: InviteStatus;
  expiresAt: Date;
}

/**
 * The invitation behind a link, as its holder may see it: which organization, which role, and whether to sign up or
 * sign in. The token is the secret; it already lets its holder accept, so this reveals nothing more.
 */
export async function previewInvite(database: Database, token: string): Promise<InvitePreview> {
  return database.withPlatform(async (tx) => {
    const [row] = await tx
      .select({
        tenantName: tenants.name,
        tenantSlug: tenants.slug,
        role: inviteColumns.role,
        email: inviteColumns.email,
        status: inviteColumns.status,
        expiresAt: inviteColumns.expiresAt,
      })
      .from(invites)
      .innerJoin(tenants, eq(tenants.id, invites.tenantId))
      .where(eq(invites.tokenHash, hashToken(token)));
    if (!row) throw new InviteNotFoundError();
    const [account] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${row.email.toLowerCase()}`);
    const { email, ...visible } = row;
    return { ...visible, maskedEmail: maskEmail(email), accountExists: account !== undefined };
  });
}

/** `ana.lopez@example.com` → `a•••@example.com`: enough to recognise one's own address, not to learn another's. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
