import { ScimError } from "./scim-error.ts";

/** A PATCH operation that cannot be applied: a path that does not parse, or a filter that selects nothing. */
export class ScimInvalidPatchError extends ScimError {
  override readonly name = "ScimInvalidPatchError";
  override readonly code = "PENNY_SCIM_INVALID_PATCH";

  constructor(
    readonly scimType: "invalidPath" | "noTarget" | "invalidSyntax",
    message: string,
  ) {
    super(message);
  }
}
