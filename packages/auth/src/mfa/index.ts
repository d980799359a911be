export {
  type BeginTotpEnrolmentOptions,
  beginTotpEnrolment,
  type TotpEnrolment,
} from "./begin-totp-enrolment.ts";
export { type ConfirmTotpEnrolmentOptions, confirmTotpEnrolment } from "./confirm-totp-enrolment.ts";
export { disableMfa } from "./disable-mfa.ts";
export { MfaAlreadyEnrolledError } from "./mfa-already-enrolled-error.ts";
export { MfaCodeInvalidError } from "./mfa-code-invalid-error.ts";
export { MfaEnrolmentNotStartedError } from "./mfa-enrolment-not-started-error.ts";
export { MfaError, type MfaErrorCode, mfaErrorCodes } from "./mfa-error.ts";
export { MfaNotEnrolledError } from "./mfa-not-enrolled-error.ts";
export { isMfaRequired, MFA_REQUIRED_POLICY, setMfaRequired } from "./mfa-required-policy.ts";
export { type MfaStatus, mfaStatus } from "./mfa-status.ts";
export { RECOVERY_CODE_COUNT } from "./recovery-codes.ts";
export { regenerateRecoveryCodes } from "./regenerate-recovery-codes.ts";
export { secondFactorDue } from "./second-factor-due.ts";
export { totpCodeAt } from "./totp.ts";
export {
  type SecondFactorMethod,
  type VerifySecondFactorOptions,
  verifySecondFactor,
} from "./verify-second-factor.ts";
