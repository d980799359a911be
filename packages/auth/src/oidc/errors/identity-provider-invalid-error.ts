import { OidcError } from "./oidc-error.ts";

/** One thing wrong with an identity provider's settings: where (`issuer`, `allowedDomains.0`) and what. */
export interface IdentityProviderProblem {
  path: string;
  message: string;
}

/** An identity provider's settings did not validate; nothing was stored. */
export class IdentityProviderInvalidError extends OidcError {
  override readonly name = "IdentityProviderInvalidError";
  override readonly code = "PENNY_OIDC_PROVIDER_INVALID";
  constructor(readonly problems: IdentityProviderProblem[]) {
    super(
      `The identity provider settings are invalid: ${problems.map((problem) => `${problem.path || "(settings)"} ${problem.message}`).join("; ")}`,
    );
  }
}
