import { ScimError } from "./scim-error.ts";

/**
 * A change this tenant's directory may not make. The account is shared (a member of another tenant too, or a
 * platform administrator), so its sign-in address belongs to no single tenant's directory.
 */
export class ScimMutabilityError extends ScimError {
  override readonly name = "ScimMutabilityError";
  override readonly code = "PENNY_SCIM_MUTABILITY";
  override readonly scimType = "mutability";
}
