export {
  IdentityProviderInvalidError,
  type IdentityProviderProblem,
} from "./errors/identity-provider-invalid-error.ts";
export { IdentityProviderNameTakenError } from "./errors/identity-provider-name-taken-error.ts";
export { IdentityProviderNotFoundError } from "./errors/identity-provider-not-found-error.ts";
export { OidcAccountDisabledError } from "./errors/oidc-account-disabled-error.ts";
export { OidcAccountLinkRefusedError } from "./errors/oidc-account-link-refused-error.ts";
export { OidcDomainNotAllowedError } from "./errors/oidc-domain-not-allowed-error.ts";
export { OidcEmailNotVerifiedError } from "./errors/oidc-email-not-verified-error.ts";
export { OidcError, type OidcErrorCode, oidcErrorCodes } from "./errors/oidc-error.ts";
export { OidcNotProvisionedError } from "./errors/oidc-not-provisioned-error.ts";
export { OidcProviderRejectedError } from "./errors/oidc-provider-rejected-error.ts";
export { OidcProviderUnavailableError } from "./errors/oidc-provider-unavailable-error.ts";
export { OidcRedirectInvalidError } from "./errors/oidc-redirect-invalid-error.ts";
export { OidcStateExpiredError } from "./errors/oidc-state-expired-error.ts";
export { OidcStateInvalidError } from "./errors/oidc-state-invalid-error.ts";
export { OidcStateReplayedError } from "./errors/oidc-state-replayed-error.ts";
export { OidcTokenInvalidError } from "./errors/oidc-token-invalid-error.ts";
export { type FinishOidcLoginOptions, finishOidcLogin, type OidcLoginResult } from "./finish-oidc-login.ts";
export {
  type IdentityProviderSettings,
  type IdentityProviderUpdate,
  type IdentityProviderView,
  identityProviderSettingsSchema,
  identityProviderUpdateSchema,
  identityProviderViewSchema,
} from "./identity-provider-settings.ts";
export {
  configureIdentityProvider,
  deleteIdentityProvider,
  listIdentityProviders,
  updateIdentityProvider,
} from "./identity-providers.ts";
export { OIDC_LOGIN_TTL_MINUTES, purgeOidcLoginStates } from "./login-state.ts";
export { type EmailAuthority, emailAuthority, type IdentityProviderKind } from "./provider-presets.ts";
export { type StartedOidcLogin, type StartOidcLoginOptions, startOidcLogin } from "./start-oidc-login.ts";
