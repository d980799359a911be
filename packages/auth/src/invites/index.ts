export {
  type AcceptedInvite,
  type AcceptInviteOptions,
  acceptInvite,
  acceptInviteInputSchema,
} from "./accept-invite.ts";
export {
  type CreatedInvite,
  type CreateInviteOptions,
  createInvite,
  createInviteInputSchema,
  inviteEmailSchema,
} from "./create-invite.ts";
export type { Invite } from "./invite.ts";
export { InviteEmailMismatchError } from "./invite-email-mismatch-error.ts";
export { InviteExpiredError } from "./invite-expired-error.ts";
export { InviteNotFoundError } from "./invite-not-found-error.ts";
export { InviteRevokedError } from "./invite-revoked-error.ts";
export { InviteSignupRequiredError } from "./invite-signup-required-error.ts";
export { type InviteStatus, inviteStatuses } from "./invite-status.ts";
export { InviteUsedError } from "./invite-used-error.ts";
export { InviteeAlreadyMemberError } from "./invitee-already-member-error.ts";
export { listInvites } from "./list-invites.ts";
export { type InvitePreview, maskEmail, previewInvite } from "./preview-invite.ts";
export type { InviteRequestContext } from "./request-context.ts";
export { resendInvite } from "./resend-invite.ts";
export { revokeInvite } from "./revoke-invite.ts";
