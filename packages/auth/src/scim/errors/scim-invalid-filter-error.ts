import { ScimError } from "./scim-error.ts";

/** The `filter` query parameter (or a filter inside a PATCH path) cannot be parsed or is not supported. */
export class ScimInvalidFilterError extends ScimError {
  override readonly name = "ScimInvalidFilterError";
  override readonly code = "PENNY_SCIM_INVALID_FILTER";
  override readonly scimType = "invalidFilter";
}
