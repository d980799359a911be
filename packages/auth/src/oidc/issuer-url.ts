const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Whether `value` may be an identity provider's address: https, or plain http only on this machine's loopback
 * (a local IdP during development and tests). No credentials, query or fragment, as OIDC issuers have none.
 */
export function isAcceptableIssuerUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && loopbackHosts.has(url.hostname));
}

/** Plain http is allowed only for loopback issuers; openid-client must be told so explicitly. */
export function isInsecureIssuer(value: string): boolean {
  return new URL(value).protocol === "http:";
}
