import { OidcError } from "./oidc-error.ts";

/** The person is not a member here and the provider does not add members on first sign-in (JIT is off). */
export class OidcNotProvisionedError extends OidcError {
  override readonly name = "OidcNotProvisionedError";
  override readonly code = "PENNY_OIDC_NOT_PROVISIONED";
  constructor() {
    super("You do not have access to this workspace yet. Ask an administrator to invite you.");
  }
}
