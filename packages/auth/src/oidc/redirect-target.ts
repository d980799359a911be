import { OidcRedirectInvalidError } from "./errors/oidc-redirect-invalid-error.ts";

const PLACEHOLDER_ORIGIN = "https://penny.invalid";

/**
 * Checks where to land after sign-in and returns it normalised. Only a path on Penny itself is accepted:
 * `//evil.example`, `/\evil.example` and `https://…` are what browsers treat as other sites, so they are refused,
 * as is anything with control characters or backslashes that browsers would rewrite.
 */
export function safeRedirectPath(value: string): string {
  if (
    value.length > 2000 ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\") ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
    /[\u0000-\u001f\u007f]/.test(value)
  ) {
    throw new OidcRedirectInvalidError();
  }
  const url = new URL(value, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) throw new OidcRedirectInvalidError();
  return `${url.pathname}${url.search}${url.hash}`;
}
