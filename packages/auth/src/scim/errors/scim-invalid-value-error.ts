import { ScimError } from "./scim-error.ts";

/** A value that does not fit its attribute: not an email address, an unknown member, a missing required value. */
export class ScimInvalidValueError extends ScimError {
  override readonly name = "ScimInvalidValueError";
  override readonly code = "PENNY_SCIM_INVALID_VALUE";
  override readonly scimType = "invalidValue";
}
