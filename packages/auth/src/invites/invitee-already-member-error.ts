/** The invited address already belongs to an active member of the tenant, so there is nothing to invite them to. */
export class InviteeAlreadyMemberError extends Error {
  override readonly name = "InviteeAlreadyMemberError";
  readonly code = "PENNY_INVITEE_ALREADY_MEMBER";

  constructor(
    readonly email: string,
    readonly tenantName: string,
  ) {
    super(`${email} is already a member of ${tenantName}.`);
  }
}
