import type { schema } from "@penny/db";

/** The invitation email: who invites whom to which tenant, the single-use link, and when it stops working. */
export function inviteMail(details: {
  tenantName: string;
  inviterName: string | undefined;
  role: schema.MemberRole;
  link: string;
  expiresAt: Date;
}): { subject: string; text: string } {
  // A subject is one header line; a tenant name is free text.
  const tenantName = details.tenantName.replace(/\s+/g, " ").trim();
  const article = /^[aeiou]/i.test(details.role) ? "an" : "a";
  const inviter = details.inviterName ? details.inviterName.replace(/\s+/g, " ").trim() : "Someone";
  return {
    subject: `You're invited to ${tenantName} on Penny`,
    text: [
      `${inviter} invited you to join ${tenantName} on Penny as ${article} ${details.role}.`,
      "",
      "Accept the invitation by opening this link:",
      details.link,
      "",
      `The link works once and expires on ${details.expiresAt.toUTCString()}.`,
      "If you did not expect this invitation, you can ignore this email.",
      "",
    ].join("\n"),
  };
}
