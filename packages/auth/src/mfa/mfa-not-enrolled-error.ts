import { MfaError } from "./mfa-error.ts";

/** The user has no confirmed second factor, so there is nothing to verify against or to regenerate codes for. */
export class MfaNotEnrolledError extends MfaError {
  override readonly name = "MfaNotEnrolledError";
  override readonly code = "PENNY_MFA_NOT_ENROLLED";
  constructor() {
    super("Two-factor authentication is not set up for this account.");
  }
}
