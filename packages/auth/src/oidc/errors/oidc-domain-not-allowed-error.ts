import { OidcError } from "./oidc-error.ts";

/** The tenant limits this provider to some email domains, and the verified address is not in one of them. */
export class OidcDomainNotAllowedError extends OidcError {
  override readonly name = "OidcDomainNotAllowedError";
  override readonly code = "PENNY_OIDC_DOMAIN_NOT_ALLOWED";
  constructor(readonly domain: string) {
    super(`Accounts with an @${domain} email address cannot sign in here with this provider.`);
  }
}
