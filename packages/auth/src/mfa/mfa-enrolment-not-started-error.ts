import { MfaError } from "./mfa-error.ts";

/** A confirmation arrived with no set-up in progress (never started, or replaced by a newer one and then confirmed). */
export class MfaEnrolmentNotStartedError extends MfaError {
  override readonly name = "MfaEnrolmentNotStartedError";
  override readonly code = "PENNY_MFA_ENROLMENT_NOT_STARTED";
  constructor() {
    super("There is no two-factor set-up to confirm; start the set-up again.");
  }
}
