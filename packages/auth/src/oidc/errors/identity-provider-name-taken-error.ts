import { OidcError } from "./oidc-error.ts";

/** Provider names are unique per tenant, because the sign-in page shows them as the buttons' labels. */
export class IdentityProviderNameTakenError extends OidcError {
  override readonly name = "IdentityProviderNameTakenError";
  override readonly code = "PENNY_OIDC_PROVIDER_NAME_TAKEN";
  constructor(readonly providerName: string) {
    super(`An identity provider named "${providerName}" already exists in this workspace.`);
  }
}
