/** The current password given to change it is not the account's. */
export class CurrentPasswordWrongError extends Error {
  override readonly name = "CurrentPasswordWrongError";
  readonly code = "PENNY_CURRENT_PASSWORD_WRONG";
  constructor() {
    super("The current password is not right. Nothing was changed.");
  }
}

/** The account has no password of its own (it signs in through an identity provider), so there is none to change. */
export class PasswordNotSetError extends Error {
  override readonly name = "PasswordNotSetError";
  readonly code = "PENNY_PASSWORD_NOT_SET";
  constructor() {
    super(
      "Your account signs in through your organization's identity provider and has no Penny password. " +
        "Use “Forgot password” to set one.",
    );
  }
}

/** Too many wrong current passwords in a short time: changing it waits, so a stolen session cannot guess it. */
export class PasswordChangeThrottledError extends Error {
  override readonly name = "PasswordChangeThrottledError";
  readonly code = "PENNY_LOGIN_THROTTLED";
  readonly retryAfterSeconds: number;
  constructor(minutes: number) {
    super(`Too many wrong passwords. Try again in ${minutes} minutes.`);
    this.retryAfterSeconds = minutes * 60;
  }
}
