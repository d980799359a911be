import type { Database } from "@penny/db";
import * as client from "openid-client";
import { IdentityProviderNotFoundError } from "./errors/identity-provider-not-found-error.ts";
import { findProvider } from "./identity-providers.ts";
import { saveLoginState } from "./login-state.ts";
import { connectProvider } from "./provider-client.ts";
import { providerPresets } from "./provider-presets.ts";
import { safeRedirectPath } from "./redirect-target.ts";

export interface StartOidcLoginOptions {
  tenantId: string;
  providerId: string;
  /** Penny's callback URL as registered at the provider; the same value must be passed to `finishOidcLogin`. */
  redirectUri: string;
  /** A path on Penny to land on afterwards (`/chat/123`); anything else is refused. */
  redirectTo?: string | undefined;
}

export interface StartedOidcLogin {
  /** Where to send the browser. */
  authorizationUrl: string;
  /**
   * The random state in the URL. Put it in a short-lived HttpOnly cookie and hand it back as `browserState` to
   * `finishOidcLogin`, so a callback only completes in the browser that started it (no login CSRF).
   */
  state: string;
  expiresAt: Date;
}

/**
 * Starts signing in with one of the tenant's providers: a fresh state, nonce (OIDC only: GitHub has no ID token
 * to carry one) and PKCE S256 verifier, remembered server-side for the callback, and the provider's URL to visit.
 */
export async function startOidcLogin(
  database: Database,
  options: StartOidcLoginOptions,
): Promise<StartedOidcLogin> {
  const redirectTo = options.redirectTo === undefined ? null : safeRedirectPath(options.redirectTo);
  const provider = await database.withTenant(options.tenantId, (tx) =>
    findProvider(tx, options.tenantId, options.providerId),
  );
  if (!provider?.enabled) throw new IdentityProviderNotFoundError();
  const config = await connectProvider(provider);

  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const isOidc = providerPresets[provider.kind].protocol === "oidc";
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    response_type: "code",
    redirect_uri: options.redirectUri,
    scope: provider.scopes.join(" "),
    state,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    ...(isOidc ? { nonce } : {}),
  });
  const expiresAt = await saveLoginState(database, {
    state,
    nonce,
    codeVerifier,
    tenantId: options.tenantId,
    providerId: provider.id,
    redirectTo,
  });
  return { authorizationUrl: authorizationUrl.href, state, expiresAt };
}
