import { describe, expect, it } from "vitest";
import { ScimInvalidPatchError } from "./errors/scim-invalid-patch-error.ts";
import { applyScimPatch, type ScimPatch, scimPatchSchema } from "./scim-patch.ts";
import {
  PENNY_USER_EXTENSION,
  SCIM_GROUP_SCHEMA,
  SCIM_PATCH_OP_SCHEMA,
  SCIM_USER_SCHEMA,
} from "./scim-urns.ts";

const user = {
  userName: "ada@example.com",
  externalId: null,
  displayName: "Ada Lovelace",
  name: { formatted: "Ada Lovelace", givenName: "Ada", familyName: "Lovelace" },
  emails: [{ value: "ada@example.com", type: "work", primary: true }],
  active: true,
  [PENNY_USER_EXTENSION]: { role: "viewer" },
};
const group = { displayName: "Analysts", externalId: null, members: [{ value: "u1", display: "One" }] };

const patch = (...operations: ScimPatch["Operations"]): ScimPatch => ({
  schemas: [SCIM_PATCH_OP_SCHEMA],
  Operations: operations,
});
const onUser = (value: ScimPatch) =>
  applyScimPatch(user, value, { core: SCIM_USER_SCHEMA, extensions: [PENNY_USER_EXTENSION] });
const onGroup = (value: ScimPatch) =>
  applyScimPatch(group, value, { core: SCIM_GROUP_SCHEMA, extensions: [] });

describe("applyScimPatch", () => {
  it("replaces simple, sub- and extension attributes by path, in any case", () => {
    const { resource, touched } = onUser(
      patch(
        { op: "replace", path: "ACTIVE", value: false },
        { op: "replace", path: "name.givenName", value: "Augusta" },
        { op: "replace", path: `${PENNY_USER_EXTENSION}:role`, value: "creator" },
        { op: "add", path: "externalId", value: "e-1" },
      ),
    );
    expect(resource).toMatchObject({
      active: false,
      name: { formatted: "Ada Lovelace", givenName: "Augusta", familyName: "Lovelace" },
      [PENNY_USER_EXTENSION]: { role: "creator" },
      externalId: "e-1",
    });
    expect([...touched]).toEqual(["active", "name", PENNY_USER_EXTENSION.toLowerCase(), "externalid"]);
    expect(user.active).toBe(true);
  });

  it("treats each key of a value without a path as a path, merging complex attributes", () => {
    const { resource } = onUser(
      patch({
        op: "replace",
        value: { displayName: "A. L.", "name.familyName": "King", name: { formatted: "AK" } },
      }),
    );
    expect(resource).toMatchObject({
      displayName: "A. L.",
      name: { formatted: "AK", givenName: "Ada", familyName: "King" },
    });
  });

  it("targets values through a filter, and creates the value an eq filter names when none matches", () => {
    const replaced = onUser(
      patch({ op: "replace", path: 'emails[type eq "work"].value', value: "new@example.com" }),
    );
    expect(replaced.resource.emails).toEqual([{ value: "new@example.com", type: "work", primary: true }]);
    const added = onUser(patch({ op: "add", path: 'addresses[type eq "work"].locality', value: "London" }));
    expect(added.resource.addresses).toEqual([{ type: "work", locality: "London" }]);
  });

  it("adds and removes group members, by filter and by listed values", () => {
    const added = onGroup(
      patch({ op: "add", path: "members", value: [{ value: "u2" }, { value: "u1", display: "One" }] }),
    );
    expect(added.resource.members).toEqual([{ value: "u1", display: "One" }, { value: "u2" }]);
    const removed = onGroup(
      patch(
        { op: "add", path: "members", value: [{ value: "u2" }, { value: "u3" }] },
        { op: "remove", path: 'members[value eq "U1"]' },
        { op: "remove", path: "members", value: [{ value: "u3" }] },
      ),
    );
    expect(removed.resource.members).toEqual([{ value: "u2" }]);
    expect(onGroup(patch({ op: "remove", path: "members" })).resource.members).toEqual([]);
    expect(
      onGroup(patch({ op: "replace", path: "members", value: [{ value: "u9" }] })).resource.members,
    ).toEqual([{ value: "u9" }]);
  });

  it("reads operation names in any case", () => {
    const parsed = scimPatchSchema.parse({
      schemas: [SCIM_PATCH_OP_SCHEMA],
      Operations: [{ op: "Replace", value: {} }],
    });
    expect(parsed.Operations[0]?.op).toBe("replace");
    expect(
      scimPatchSchema.safeParse({ schemas: [], Operations: [{ op: "replace", value: {} }] }).success,
    ).toBe(false);
    expect(
      scimPatchSchema.safeParse({ schemas: [SCIM_PATCH_OP_SCHEMA], Operations: [{ op: "move" }] }).success,
    ).toBe(false);
  });

  it.each([
    [{ op: "remove" as const }, "noTarget"],
    [{ op: "replace" as const, value: "not an object" }, "invalidSyntax"],
    [{ op: "add" as const, path: "displayName" }, "invalidSyntax"],
    [{ op: "replace" as const, path: "members[value eq", value: [] }, "invalidPath"],
    [{ op: "replace" as const, path: "display name", value: "x" }, "invalidPath"],
    [{ op: "replace" as const, path: 'members[value ne "u1"]', value: { value: "u2" } }, "noTarget"],
  ])("refuses %j with %s", (operation, scimType) => {
    const attempt = () => onGroup(patch(operation));
    expect(attempt).toThrow(ScimInvalidPatchError);
    expect(attempt).toThrow(expect.objectContaining({ scimType }));
  });
});
