import { describe, expect, it } from "vitest";
import { OidcRedirectInvalidError } from "./errors/oidc-redirect-invalid-error.ts";
import { safeRedirectPath } from "./redirect-target.ts";

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/chat/123?tab=files#top", "/chat/123?tab=files#top"],
    ["/a/../b", "/b"],
  ])("keeps %s on Penny", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "chat",
    "",
  ])("refuses %j", (value) => {
    expect(() => safeRedirectPath(value)).toThrow(OidcRedirectInvalidError);
  });
});
