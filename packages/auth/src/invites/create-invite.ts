import { recordAudit } from "@penny/audit";
import { type Database, schema, type Tx } from "@penny/db";
import type { MailDelivery, Mailer } from "@penny/mail";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { newSecretToken } from "../tokens.ts";
import { type Invite, inviteColumns } from "./invite.ts";
import { inviteMail } from "./invite-mail.ts";
import { InviteeAlreadyMemberError } from "./invitee-already-member-error.ts";
import { type InviteRequestContext, requestFields } from "./request-context.ts";

const { invites, memberships, tenants, users } = schema;

/** An email address as invites store and compare it: trimmed and lowercased, then checked. */
export const inviteEmailSchema = z.string().trim().toLowerCase().pipe(z.email());

/** What an administrator chooses when inviting; the route validates its body with this same schema. */
export const createInviteInputSchema = z.object({
  tenantId: z.guid(),
  email: inviteEmailSchema,
  role: z.enum(schema.memberRoles),
  /** The inviting user. */
  invitedBy: z.guid(),
  /** Where the web app is reached (`publicBaseUrl(config)`); the link is `<baseUrl>/invite/<token>`. */
  baseUrl: z.url({ protocol: /^https?$/ }),
  ttlHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});

export type CreateInviteOptions = z.input<typeof createInviteInputSchema> & {
  mailer: Mailer;
  requestContext?: InviteRequestContext;
};

export interface CreatedInvite {
  invite: Invite;
  /** The secret of the link, returned once; only its SHA-256 is stored. */
  token: string;
  /** How the invitation mail went out (SMTP, or the outbox when no SMTP server is configured). */
  delivery: MailDelivery;
}

/**
 * Invites an email address to a tenant with a role and mails them a single-use link. An earlier pending invitation
 * to the same address is revoked (the newest link is the only one that works); an address that is already an active
 * member is refused. The invitation is committed before the mail is sent, so a mail never points at an invitation
 * that rolled back; if SMTP refuses it, `MailDeliveryError` is thrown and the invitation stays pending with its mail
 * kept in the outbox.
 */
export async function createInvite(database: Database, options: CreateInviteOptions): Promise<CreatedInvite> {
  const { mailer, requestContext, ...fields } = options;
  const input = createInviteInputSchema.parse(fields);
  const { token, hash: tokenHash } = newSecretToken();

  const { invite, tenantName, inviterName } = await database.withTenant(input.tenantId, async (tx) => {
    const [tenant] = await tx
      .select({ name: tenants.name })
      .from(tenants)
      .where(eq(tenants.id, input.tenantId));
    if (!tenant) throw new Error(`Tenant ${input.tenantId} does not exist`);
    if (await isActiveMember(tx, input.email)) throw new InviteeAlreadyMemberError(input.email, tenant.name);

    const actor = { type: "user" as const, id: input.invitedBy };
    const replaced = await tx
      .update(invites)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(invites.email, input.email),
          isNull(invites.acceptedAt),
          isNull(invites.revokedAt),
          gt(invites.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: invites.id });
    for (const earlier of replaced) {
      await recordAudit(tx, {
        tenantId: input.tenantId,
        actor,
        action: "invite.revoked",
        target: `invite:${earlier.id}`,
        data: { email: input.email, reason: "replaced" },
        ...requestFields(requestContext),
      });
    }

    const [created] = await tx
      .insert(invites)
      .values({
        tenantId: input.tenantId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedBy: input.invitedBy,
        expiresAt: sql`now() + make_interval(hours => ${input.ttlHours}::int)`,
      })
      .returning(inviteColumns);
    if (!created) throw new Error("Inserting an invite returned no row");
    await recordAudit(tx, {
      tenantId: input.tenantId,
      actor,
      action: "invite.created",
      target: `invite:${created.id}`,
      data: { email: input.email, role: input.role, expiresAt: created.expiresAt.toISOString() },
      ...requestFields(requestContext),
    });

    const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.invitedBy));
    return { invite: created, tenantName: tenant.name, inviterName: inviter?.name };
  });

  const link = `${input.baseUrl.replace(/\/+$/, "")}/invite/${token}`;
  const mail = inviteMail({ tenantName, inviterName, role: invite.role, link, expiresAt: invite.expiresAt });
  const delivery = await mailer.send({ to: invite.email, ...mail, tenantId: invite.tenantId });
  return { invite, token, delivery };
}

/** Whether `email` belongs to an active member of the transaction's tenant (the app role sees only its members). */
async function isActiveMember(tx: Tx, email: string): Promise<boolean> {
  const [member] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.status, "active"), sql`lower(${users.email}) = ${email}`))
    .limit(1);
  return member !== undefined;
}
