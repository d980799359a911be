import * as client from "openid-client";
import { OidcTokenInvalidError } from "./errors/oidc-token-invalid-error.ts";
import { providerFailure } from "./provider-failure.ts";
import type { CodeExchange, ProviderIdentity } from "./provider-identity.ts";
import type { IdentityProviderKind } from "./provider-presets.ts";

/**
 * Exchanges the code with PKCE and verifies the ID token (signature, issuer, audience, expiry, nonce) through
 * openid-client. When the ID token lacks the email or its verification (many providers put profile claims only in
 * userinfo), the userinfo endpoint is asked, and its `sub` must match the ID token's.
 */
export async function oidcIdentity(
  config: client.Configuration,
  kind: IdentityProviderKind,
  exchange: CodeExchange,
): Promise<ProviderIdentity> {
  try {
    const tokens = await client.authorizationCodeGrant(config, exchange.callbackUrl, {
      pkceCodeVerifier: exchange.codeVerifier,
      expectedState: exchange.state,
      expectedNonce: exchange.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcTokenInvalidError();
    let source: Record<string, unknown> = claims;
    if (needsUserInfo(kind, claims) && config.serverMetadata().userinfo_endpoint) {
      source = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    }
    const email = typeof source.email === "string" && source.email.trim() ? source.email.trim() : null;
    const name = [claims.name, source.name].find((value) => typeof value === "string" && value.trim());
    return {
      subject: claims.sub,
      email,
      emailVerified: email !== null && vouchesForEmail(kind, source),
      name: typeof name === "string" ? name.trim() : null,
    };
  } catch (error) {
    throw providerFailure(error);
  }
}

/** The email and its verification are taken together from one source: the ID token if it has both. */
function needsUserInfo(kind: IdentityProviderKind, claims: client.IDToken): boolean {
  if (typeof claims.email !== "string") return true;
  // Entra ID's userinfo never has `email_verified` either; asking would only cost a round trip.
  return claims.email_verified === undefined && kind !== "entra";
}

/**
 * `email_verified: true` is the standard promise. Entra ID never sends it; its `xms_edov` optional claim ("email
 * domain owner verified") is the equivalent, which the directory's app registration must add to the ID token.
 */
function vouchesForEmail(kind: IdentityProviderKind, claims: Record<string, unknown>): boolean {
  if (claims.email_verified === true) return true;
  return kind === "entra" && claims.xms_edov === true;
}
