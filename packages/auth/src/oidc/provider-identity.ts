/**
 * Who the provider says signed in, normalised across OIDC and GitHub. `email` is set only with what the provider
 * reported; `emailVerified` is true only when the provider itself vouches for the address.
 */
export interface ProviderIdentity {
  /** The provider's stable id for the account (`sub`, or GitHub's numeric user id). */
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** What the callback needs to finish the code exchange; comes from the stored login state. */
export interface CodeExchange {
  /** The registered redirect URI carrying the callback's query (code, state, iss). */
  callbackUrl: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}
