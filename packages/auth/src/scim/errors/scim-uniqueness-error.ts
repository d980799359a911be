import { ScimError } from "./scim-error.ts";

/** The resource already exists: the person is already a member here, a group has that name, an address is taken. */
export class ScimUniquenessError extends ScimError {
  override readonly name = "ScimUniquenessError";
  override readonly code = "PENNY_SCIM_UNIQUENESS";
  override readonly scimType = "uniqueness";
}
