import * as client from "openid-client";
import { OidcProviderUnavailableError } from "./errors/oidc-provider-unavailable-error.ts";
import { isInsecureIssuer } from "./issuer-url.ts";
import { githubEndpoints, type IdentityProviderKind, providerPresets } from "./provider-presets.ts";

/** What connecting needs to know about a provider: a row of `identity_providers`, or part of one. */
export interface ProviderConnection {
  kind: IdentityProviderKind;
  issuer: string | null;
  clientId: string;
}

/** Seconds each request to a provider may take: a hung IdP must not hold a sign-in (and a connection) forever. */
const REQUEST_TIMEOUT_SECONDS = 10;

/**
 * An openid-client configuration for the provider: discovered from the issuer for OIDC kinds (so the issuer in
 * the discovery document is checked), built from GitHub's fixed endpoints for GitHub, which has no discovery.
 * `clientSecret` is only needed for the token request.
 */
export async function connectProvider(
  provider: ProviderConnection,
  clientSecret?: string,
): Promise<client.Configuration> {
  const issuer = provider.issuer ?? providerPresets[provider.kind].globalIssuer;
  if (!issuer) throw new OidcProviderUnavailableError({ cause: new Error("The provider has no issuer") });
  const insecure = isInsecureIssuer(issuer);
  if (providerPresets[provider.kind].protocol === "github") {
    const endpoints = githubEndpoints(issuer);
    const config = new client.Configuration(
      { issuer, authorization_endpoint: endpoints.authorization, token_endpoint: endpoints.token },
      provider.clientId,
      undefined,
      // GitHub reads the client secret from the form body.
      client.ClientSecretPost(clientSecret),
    );
    config.timeout = REQUEST_TIMEOUT_SECONDS;
    if (insecure) client.allowInsecureRequests(config);
    return config;
  }
  try {
    return await client.discovery(
      new URL(issuer),
      provider.clientId,
      undefined,
      clientAuthentication(clientSecret),
      {
        timeout: REQUEST_TIMEOUT_SECONDS,
        // openid-client trusts an ID token from the token endpoint on the strength of TLS alone unless told to
        // check its signature against the provider's JWKS. Checked here: issuers are configured by tenants, plain
        // http is allowed on loopback, and a forged token must never sign anyone in.
        execute: insecure
          ? [client.enableNonRepudiationChecks, client.allowInsecureRequests]
          : [client.enableNonRepudiationChecks],
      },
    );
  } catch (error) {
    throw new OidcProviderUnavailableError({ cause: error });
  }
}

/**
 * HTTP Basic unless the provider says it only takes the secret in the body: Basic is the OIDC default a server
 * must support when it advertises nothing, and Google and Entra ID accept both.
 */
function clientAuthentication(clientSecret: string | undefined): client.ClientAuth {
  return (server, clientMetadata, body, headers) => {
    const methods = server.token_endpoint_auth_methods_supported;
    const postOnly = methods?.includes("client_secret_post") && !methods.includes("client_secret_basic");
    const method = postOnly ? client.ClientSecretPost(clientSecret) : client.ClientSecretBasic(clientSecret);
    method(server, clientMetadata, body, headers);
  };
}
