import { describe, expect, it } from "vitest";
import { ScimError, scimErrorCodes } from "./scim-error.ts";
import { ScimInvalidFilterError } from "./scim-invalid-filter-error.ts";
import { ScimInvalidPatchError } from "./scim-invalid-patch-error.ts";
import { ScimInvalidValueError } from "./scim-invalid-value-error.ts";
import { ScimMutabilityError } from "./scim-mutability-error.ts";
import { ScimUniquenessError } from "./scim-uniqueness-error.ts";

describe("SCIM errors", () => {
  it("cover every listed code, each with a scimType", () => {
    const errors: ScimError[] = [
      new ScimInvalidFilterError("x"),
      new ScimInvalidPatchError("noTarget", "x"),
      new ScimInvalidValueError("x"),
      new ScimMutabilityError("x"),
      new ScimUniquenessError("x"),
    ];
    expect(errors.map((error) => error.code).sort()).toEqual([...scimErrorCodes].sort());
    for (const error of errors) {
      expect(error).toBeInstanceOf(ScimError);
      expect(error.scimType).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });
});
