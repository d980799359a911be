import { describe, expect, it } from "vitest";
import { ScimInvalidFilterError } from "./errors/scim-invalid-filter-error.ts";
import { parseScimFilter } from "./scim-filter.ts";
import { matchesScimFilter } from "./scim-filter-match.ts";

describe("parseScimFilter", () => {
  it("parses comparisons with case-insensitive attributes and operators, and strips the core schema URN", () => {
    expect(parseScimFilter('userName EQ "ada@example.com"')).toEqual({
      kind: "compare",
      attribute: "username",
      operator: "eq",
      value: "ada@example.com",
    });
    expect(parseScimFilter('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName sw "A"')).toMatchObject(
      {
        attribute: "name.givenname",
      },
    );
    expect(parseScimFilter("active eq false")).toMatchObject({ value: false });
    expect(parseScimFilter("title pr")).toEqual({ kind: "present", attribute: "title" });
  });

  it("binds not tighter than and, and and tighter than or", () => {
    expect(parseScimFilter('a eq "1" or b eq "2" and not (c pr)')).toEqual({
      kind: "or",
      left: { kind: "compare", attribute: "a", operator: "eq", value: "1" },
      right: {
        kind: "and",
        left: { kind: "compare", attribute: "b", operator: "eq", value: "2" },
        right: { kind: "not", filter: { kind: "present", attribute: "c" } },
      },
    });
  });

  it("parses value paths and JSON string escapes", () => {
    expect(parseScimFilter('emails[type eq "work" and value co "\\"x\\""]')).toEqual({
      kind: "valuePath",
      attribute: "emails",
      filter: {
        kind: "and",
        left: { kind: "compare", attribute: "type", operator: "eq", value: "work" },
        right: { kind: "compare", attribute: "value", operator: "co", value: '"x"' },
      },
    });
  });

  it.each([
    'userName eq "unterminated',
    "userName eq ada@example.com",
    'userName like "a"',
    'userName eq "a" and',
    '(userName eq "a"',
    'userName eq "a")',
    'emails[type eq "work"',
    "",
    '"quoted" eq "a"',
  ])("refuses %j as an invalid filter", (filter) => {
    expect(() => parseScimFilter(filter)).toThrow(ScimInvalidFilterError);
  });
});

describe("matchesScimFilter", () => {
  const member = { value: "ABC", display: "Ada Lovelace", primary: true };

  it("compares strings case-insensitively and booleans by value", () => {
    expect(matchesScimFilter(member, parseScimFilter('value eq "abc"'))).toBe(true);
    expect(matchesScimFilter(member, parseScimFilter('display sw "ada" and display ew "LACE"'))).toBe(true);
    expect(matchesScimFilter(member, parseScimFilter("primary eq false"))).toBe(false);
    expect(matchesScimFilter(member, parseScimFilter("missing pr"))).toBe(false);
    expect(matchesScimFilter(member, parseScimFilter('not (value ne "abc")'))).toBe(true);
  });
});
