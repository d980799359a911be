import type { schema } from "@penny/db";

export type IdentityProviderKind = (typeof schema.identityProviderKinds)[number];

/** How a kind signs people in: OpenID Connect (discovery, signed ID token) or GitHub's OAuth2 plus REST API. */
export type ProviderProtocol = "oidc" | "github";

/**
 * Who vouches for an email address the provider calls verified. `global`: the provider itself proved the mailbox
 * (Google, github.com), so the address may link to an account used in other tenants. `tenant`: the provider is run
 * by the tenant's own administrators (a generic IdP, an Entra directory, GitHub Enterprise Server), who can set
 * any address, so it is trusted only inside that tenant.
 */
export type EmailAuthority = "global" | "tenant";

interface ProviderPreset {
  protocol: ProviderProtocol;
  defaultScopes: readonly string[];
  /** The public service whose verified emails are globally trustworthy; unset for tenant-run providers. */
  globalIssuer?: string;
}

export const GOOGLE_ISSUER = "https://accounts.google.com";
export const GITHUB_BASE_URL = "https://github.com";

const oidcScopes = ["openid", "email", "profile"] as const;

/** What each kind implies, listed once. */
export const providerPresets: Record<IdentityProviderKind, ProviderPreset> = {
  oidc: { protocol: "oidc", defaultScopes: oidcScopes },
  google: { protocol: "oidc", defaultScopes: oidcScopes, globalIssuer: GOOGLE_ISSUER },
  entra: { protocol: "oidc", defaultScopes: oidcScopes },
  github: { protocol: "github", defaultScopes: ["read:user", "user:email"], globalIssuer: GITHUB_BASE_URL },
};

/**
 * The issuer of one Entra ID directory (single-tenant). Multi-tenant endpoints (`common`, `organizations`) are not
 * offered: any directory's administrator could then sign people in here under any email address.
 */
export function entraIssuer(directoryTenantId: string): string {
  return `https://login.microsoftonline.com/${directoryTenantId.toLowerCase()}/v2.0`;
}

export function emailAuthority(kind: IdentityProviderKind, issuer: string): EmailAuthority {
  return providerPresets[kind].globalIssuer === issuer ? "global" : "tenant";
}

/**
 * GitHub's OAuth endpoints under a base URL: github.com, or a GitHub Enterprise Server whose REST API lives under
 * `/api/v3` on the same host (tests point this at a local double of that wire format).
 */
export function githubEndpoints(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    authorization: `${base}/login/oauth/authorize`,
    token: `${base}/login/oauth/access_token`,
    api: base === GITHUB_BASE_URL ? "https://api.github.com" : `${base}/api/v3`,
  };
}
