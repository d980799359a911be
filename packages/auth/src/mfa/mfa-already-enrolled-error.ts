import { MfaError } from "./mfa-error.ts";

/** A confirmed second factor exists: enrolling again would silently replace it, so it must be turned off first. */
export class MfaAlreadyEnrolledError extends MfaError {
  override readonly name = "MfaAlreadyEnrolledError";
  override readonly code = "PENNY_MFA_ALREADY_ENROLLED";
  constructor() {
    super(
      "Two-factor authentication is already set up for this account; turn it off before setting it up again.",
    );
  }
}
