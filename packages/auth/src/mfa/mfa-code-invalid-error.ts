import { MfaError } from "./mfa-error.ts";

/**
 * The code did not verify. One error for every reason (wrong, expired, replayed, recovery code already used,
 * malformed) so a guesser learns nothing from which one it was.
 */
export class MfaCodeInvalidError extends MfaError {
  override readonly name = "MfaCodeInvalidError";
  override readonly code = "PENNY_MFA_CODE_INVALID";
  constructor() {
    super(
      "The code is not valid. Enter the current code from your authenticator app, or an unused recovery code.",
    );
  }
}
