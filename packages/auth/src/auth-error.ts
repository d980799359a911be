/** Codes of the access errors; the server's error catalogue maps each to an HTTP status. */
export type AuthErrorCode =
  | "PENNY_UNAUTHENTICATED"
  | "PENNY_FORBIDDEN"
  | "PENNY_LOGIN_FAILED"
  | "PENNY_LOGIN_THROTTLED"
  | "PENNY_NO_TENANT"
  | "PENNY_NOT_FOUND"
  | "PENNY_CONFLICT"
  | "PENNY_CSRF_FAILED";

/** An access decision a person should read: who may not do what, and why (never about another tenant). */
export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}
