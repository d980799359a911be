/** What Penny promises about one error code: its HTTP status, a fixed title, and whether its message is shown. */
export interface ErrorDefinition {
  status: number;
  title: string;
  /** True: the error's message is the problem's `detail`. False: the client gets a generic detail, the log the rest. */
  exposed: boolean;
}

/**
 * Every code a client can receive, in one place. Codes are stable: clients may branch on them, so a code is never
 * renamed or reused for another meaning; add a new one instead.
 */
export const errorCatalogue = {
  PENNY_VALIDATION_FAILED: { status: 400, title: "The request is not valid", exposed: true },
  PENNY_MALFORMED_BODY: { status: 400, title: "The request body cannot be read", exposed: true },
  PENNY_REQUEST_REJECTED: { status: 400, title: "The request was rejected", exposed: true },
  PENNY_UNAUTHENTICATED: { status: 401, title: "Sign-in required", exposed: true },
  PENNY_LOGIN_FAILED: { status: 401, title: "Sign-in failed", exposed: true },
  PENNY_FORBIDDEN: { status: 403, title: "Not allowed", exposed: true },
  PENNY_NO_TENANT: { status: 403, title: "No tenant to enter", exposed: true },
  PENNY_CSRF_FAILED: { status: 403, title: "Missing or wrong CSRF token", exposed: true },
  PENNY_ROUTE_NOT_FOUND: { status: 404, title: "No such route", exposed: true },
  PENNY_NOT_FOUND: { status: 404, title: "Not found", exposed: true },
  PENNY_CONFLICT: { status: 409, title: "Conflict", exposed: true },
  PENNY_LOGIN_THROTTLED: { status: 429, title: "Too many sign-in attempts", exposed: true },
  PENNY_MFA_CODE_INVALID: { status: 400, title: "The code is not valid", exposed: true },
  PENNY_MFA_ALREADY_ENROLLED: { status: 409, title: "MFA is already set up", exposed: true },
  PENNY_MFA_ENROLMENT_NOT_STARTED: { status: 409, title: "MFA enrolment was not started", exposed: true },
  PENNY_MFA_NOT_ENROLLED: { status: 409, title: "MFA is not set up", exposed: true },
  PENNY_INVITE_NOT_FOUND: { status: 404, title: "No such invitation", exposed: true },
  PENNY_INVITE_EXPIRED: { status: 410, title: "The invitation has expired", exposed: true },
  PENNY_INVITE_REVOKED: { status: 410, title: "The invitation was revoked", exposed: true },
  PENNY_INVITE_USED: { status: 409, title: "The invitation was already used", exposed: true },
  PENNY_INVITE_EMAIL_MISMATCH: { status: 403, title: "The invitation is for another address", exposed: true },
  PENNY_INVITEE_ALREADY_MEMBER: { status: 409, title: "Already a member", exposed: true },
  PENNY_INVITE_SIGNUP_REQUIRED: { status: 400, title: "A name and password are needed", exposed: true },
  PENNY_PASSWORD_WEAK: { status: 400, title: "The password is too weak", exposed: true },
  PENNY_CURRENT_PASSWORD_WRONG: { status: 400, title: "The current password is not right", exposed: true },
  PENNY_PASSWORD_NOT_SET: { status: 409, title: "The account has no password", exposed: true },
  PENNY_MAIL_DELIVERY_FAILED: { status: 502, title: "The mail could not be sent", exposed: true },
  PENNY_OIDC_PROVIDER_INVALID: {
    status: 400,
    title: "The identity provider settings are not valid",
    exposed: true,
  },
  PENNY_OIDC_PROVIDER_NAME_TAKEN: { status: 409, title: "That name is taken", exposed: true },
  PENNY_OIDC_PROVIDER_NOT_FOUND: { status: 404, title: "No such identity provider", exposed: true },
  PENNY_OIDC_REDIRECT_INVALID: { status: 400, title: "The redirect target is not allowed", exposed: true },
  PENNY_OIDC_STATE_INVALID: { status: 400, title: "The sign-in attempt is not valid", exposed: true },
  PENNY_OIDC_STATE_EXPIRED: { status: 400, title: "The sign-in attempt expired", exposed: true },
  PENNY_OIDC_STATE_REPLAYED: { status: 400, title: "The sign-in attempt was already used", exposed: true },
  PENNY_OIDC_PROVIDER_REJECTED: { status: 401, title: "The identity provider refused", exposed: true },
  PENNY_OIDC_TOKEN_INVALID: {
    status: 401,
    title: "The identity provider's token is not valid",
    exposed: true,
  },
  PENNY_OIDC_PROVIDER_UNAVAILABLE: {
    status: 502,
    title: "The identity provider cannot be reached",
    exposed: true,
  },
  PENNY_OIDC_EMAIL_NOT_VERIFIED: { status: 403, title: "The email is not verified", exposed: true },
  PENNY_OIDC_DOMAIN_NOT_ALLOWED: { status: 403, title: "The email's domain is not allowed", exposed: true },
  PENNY_OIDC_NOT_PROVISIONED: { status: 403, title: "No account here", exposed: true },
  PENNY_OIDC_ACCOUNT_DISABLED: { status: 403, title: "The account is disabled", exposed: true },
  PENNY_OIDC_LINK_REFUSED: { status: 409, title: "The account cannot be linked", exposed: true },
  PENNY_AUDIT_CURSOR_INVALID: { status: 400, title: "The cursor is not valid", exposed: true },
  PENNY_SCIM_INVALID_FILTER: { status: 400, title: "The SCIM filter is not valid", exposed: true },
  PENNY_SCIM_INVALID_PATCH: { status: 400, title: "The SCIM patch cannot be applied", exposed: true },
  PENNY_SCIM_INVALID_VALUE: { status: 400, title: "A SCIM attribute value is not valid", exposed: true },
  PENNY_SCIM_MUTABILITY: { status: 400, title: "The attribute cannot be changed from here", exposed: true },
  PENNY_SCIM_UNIQUENESS: { status: 409, title: "The SCIM resource already exists", exposed: true },
  PENNY_PAYLOAD_TOO_LARGE: { status: 413, title: "The request body is too large", exposed: true },
  PENNY_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: "The request body's media type is not supported",
    exposed: true,
  },
  PENNY_CONVERSATION_NOT_FOUND: { status: 404, title: "No such conversation", exposed: true },
  PENNY_MESSAGE_NOT_FOUND: { status: 404, title: "No such message", exposed: true },
  PENNY_BRANCH_INVALID: { status: 400, title: "That branch cannot be made", exposed: true },
  PENNY_RUN_ACTIVE: { status: 409, title: "An answer is still being written", exposed: true },
  PENNY_RUN_NOT_FOUND: { status: 404, title: "No such run", exposed: true },
  PENNY_APPROVAL_NOT_FOUND: { status: 404, title: "No such approval", exposed: true },
  PENNY_APPROVAL_DECIDED: { status: 409, title: "The approval was already decided", exposed: true },
  PENNY_APPROVAL_EXPIRED: { status: 409, title: "The approval has expired", exposed: true },
  PENNY_RATE_LIMITED: { status: 429, title: "Too many requests", exposed: true },
  PENNY_UPGRADE_REQUIRED: { status: 426, title: "Open it as a WebSocket", exposed: true },
  PENNY_TOOL_UNKNOWN: { status: 400, title: "No such tool", exposed: true },
  PENNY_TOOL_ARGUMENTS_INVALID: { status: 400, title: "The tool's arguments are not valid", exposed: true },
  PENNY_TOOL_NOT_ALLOWED: { status: 403, title: "The tool is not allowed here", exposed: true },
  PENNY_TOOL_FORBIDDEN: { status: 403, title: "You may not use this tool", exposed: true },
  PENNY_TOOL_APPROVAL_REQUIRED: { status: 409, title: "The tool needs an approval", exposed: true },
  PENNY_DASHBOARD_NOT_FOUND: { status: 404, title: "No such dashboard", exposed: true },
  PENNY_DASHBOARD_WIDGET_NOT_FOUND: { status: 404, title: "No such widget", exposed: true },
  PENNY_DASHBOARD_FILTER_INVALID: { status: 400, title: "A dashboard filter is not valid", exposed: true },
  PENNY_DASHBOARD_LAYOUT_INVALID: { status: 400, title: "The layout is not valid", exposed: true },
  PENNY_DASHBOARD_USER_NOT_MEMBER: { status: 403, title: "Not a member of this tenant", exposed: true },
  PENNY_DASHBOARD_WORKSPACE_MISSING: { status: 409, title: "The tenant has no workspace", exposed: true },
  PENNY_ARTIFACT_CONTENT_INVALID: {
    status: 400,
    title: "The content is not valid for its kind",
    exposed: true,
  },
  PENNY_ARTIFACT_MIME_UNSUPPORTED: {
    status: 415,
    title: "That type is not accepted for this kind",
    exposed: true,
  },
  PENNY_ARTIFACT_TOO_LARGE: { status: 413, title: "The artifact is too large", exposed: true },
  PENNY_ARTIFACT_NOT_FOUND: { status: 404, title: "No such artifact", exposed: true },
  PENNY_ARTIFACT_INPUT_INVALID: { status: 400, title: "The artifact request is not valid", exposed: true },
  PENNY_ARTIFACT_REFERENCE_INVALID: {
    status: 400,
    title: "A referenced artifact or conversation is unknown",
    exposed: true,
  },
  PENNY_ARTIFACT_CURSOR_INVALID: { status: 400, title: "The cursor is not valid", exposed: true },
  PENNY_ARTIFACT_CONTENT_MISSING: { status: 500, title: "Internal error", exposed: false },
  PENNY_ARTIFACT_LINK_INVALID: { status: 403, title: "The link is not valid", exposed: true },
  PENNY_ARTIFACT_LINK_EXPIRED: { status: 410, title: "The link has expired", exposed: true },
  PENNY_SHARE_LINK_NOT_FOUND: { status: 404, title: "No such share link", exposed: true },
  PENNY_SHARE_LINK_UNKNOWN: { status: 404, title: "No such shared artifact", exposed: true },
  PENNY_SHARE_LINK_REVOKED: { status: 404, title: "No such shared artifact", exposed: true },
  PENNY_SHARE_LINK_EXPIRED: { status: 404, title: "No such shared artifact", exposed: true },
  PENNY_CHART_RENDER_FAILED: { status: 422, title: "The chart cannot be drawn", exposed: true },
  PENNY_BLOB_STORE_UNAVAILABLE: { status: 503, title: "Artifact storage is unavailable", exposed: false },
  PENNY_BLOB_STORE_OPTIONS_INVALID: { status: 500, title: "Internal error", exposed: false },
  PENNY_MODEL_PROVIDER_NOT_FOUND: { status: 404, title: "No such model provider", exposed: true },
  PENNY_MODEL_PROVIDER_NAME_TAKEN: { status: 409, title: "That name is taken", exposed: true },
  PENNY_MODEL_PROVIDER_INVALID: { status: 400, title: "The provider settings are not valid", exposed: true },
  PENNY_MODEL_UNAVAILABLE: { status: 503, title: "No model could answer", exposed: true },
  PENNY_INTEGRATION_NOT_FOUND: { status: 404, title: "No such integration", exposed: true },
  PENNY_JOB_NOT_FOUND: { status: 404, title: "No such job", exposed: true },
  PENNY_INTEGRATION_NOT_CONNECTED: { status: 404, title: "The integration is not connected", exposed: true },
  PENNY_INTEGRATION_SETTINGS_INVALID: {
    status: 400,
    title: "The integration settings are not valid",
    exposed: true,
  },
  PENNY_INTERNAL: { status: 500, title: "Internal error", exposed: false },
  PENNY_AUDIT_EVENT_INVALID: { status: 500, title: "Internal error", exposed: false },
  PENNY_NOT_READY: { status: 503, title: "Penny is not ready", exposed: true },
} as const satisfies Record<`PENNY_${string}`, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]];

/**
 * The problem `type` URI of a code. A URN, not a URL: RFC 9457 lets the type be a non-resolvable URI, and a URN
 * does not pretend there is a page to fetch.
 */
export function problemType(code: ErrorCode): string {
  return `urn:penny:problem:${code.slice("PENNY_".length).toLowerCase().replaceAll("_", "-")}`;
}
