import { timingSafeEqual } from "node:crypto";
import type { Database } from "@penny/db";
import { readClientSecret } from "./client-secret.ts";
import { IdentityProviderNotFoundError } from "./errors/identity-provider-not-found-error.ts";
import { OidcStateInvalidError } from "./errors/oidc-state-invalid-error.ts";
import { githubIdentity } from "./github-identity.ts";
import { findProvider } from "./identity-providers.ts";
import { consumeLoginState } from "./login-state.ts";
import { oidcIdentity } from "./oidc-identity.ts";
import { connectProvider } from "./provider-client.ts";
import type { CodeExchange } from "./provider-identity.ts";
import { type IdentityProviderKind, providerPresets } from "./provider-presets.ts";
import { type ResolvedUser, resolveUser } from "./resolve-user.ts";

export interface FinishOidcLoginOptions {
  /** The same callback URL that was given to `startOidcLogin`; the token request must repeat it exactly. */
  redirectUri: string;
  /** The URL the provider sent the browser to (absolute, or path and query), carrying `code` and `state`. */
  callbackUrl: string;
  /** The state `startOidcLogin` returned, read back from the browser's cookie; a mismatch is refused. */
  browserState?: string | undefined;
}

/** Who signed in, where, and what the sign-in changed; enough for the session and the audit event. */
export interface OidcLoginResult extends ResolvedUser {
  tenantId: string;
  providerId: string;
  providerKind: IdentityProviderKind;
  /** The provider's id for the account. */
  subject: string;
  redirectTo: string | null;
}

/**
 * Completes a sign-in at the callback: claims the stored state exactly once, exchanges the code (PKCE, and for
 * OIDC the ID token's signature, issuer, audience and nonce are verified), then finds, links or provisions the
 * user. The state is used up even when a later step fails, so a callback URL never works twice.
 */
export async function finishOidcLogin(
  database: Database,
  masterKey: Buffer,
  options: FinishOidcLoginOptions,
): Promise<OidcLoginResult> {
  if (!URL.canParse(options.callbackUrl, options.redirectUri)) throw new OidcStateInvalidError();
  const received = new URL(options.callbackUrl, options.redirectUri);
  const state = received.searchParams.get("state");
  if (!state) throw new OidcStateInvalidError();
  if (options.browserState !== undefined && !sameString(options.browserState, state)) {
    throw new OidcStateInvalidError();
  }
  const login = await consumeLoginState(database, state);
  const tenantId = login.tenantRef;

  const { provider, clientSecret } = await database.withTenant(tenantId, async (tx) => {
    const row = await findProvider(tx, tenantId, login.providerRef);
    if (!row?.enabled) throw new IdentityProviderNotFoundError();
    const secret = await readClientSecret(tx, masterKey, {
      tenantId,
      credentialId: row.clientSecretCredentialId,
    });
    return { provider: row, clientSecret: secret };
  });

  // The registered redirect URI with the callback's parameters: behind a proxy the URL the server saw may differ.
  const callbackUrl = new URL(options.redirectUri);
  callbackUrl.search = received.search;
  const exchange: CodeExchange = { callbackUrl, state, nonce: login.nonce, codeVerifier: login.codeVerifier };
  const config = await connectProvider(provider, clientSecret);
  const identity =
    providerPresets[provider.kind].protocol === "github"
      ? await githubIdentity(config, config.serverMetadata().issuer, exchange)
      : await oidcIdentity(config, provider.kind, exchange);

  const resolved = await resolveUser(database, { tenantId, provider, identity });
  return {
    ...resolved,
    tenantId,
    providerId: provider.id,
    providerKind: provider.kind,
    subject: identity.subject,
    redirectTo: login.redirectTo,
  };
}

function sameString(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}
