/** The rules a new password must meet, by stable code; the form shows each problem's message. */
export const passwordProblemCodes = [
  "too_short",
  "too_long",
  "one_repeated_character",
  "same_as_email",
] as const;
export type PasswordProblemCode = (typeof passwordProblemCodes)[number];

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

export const PASSWORD_MIN_LENGTH = 12;
/** Far above any real passphrase; bounds the work one sign-up can ask of the hasher. */
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * What is wrong with `password` as a new password, or an empty list. Length is counted in characters (code points),
 * so a passphrase in any script is measured the same way.
 */
export function checkPasswordRules(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const characters = [...password];
  const problems: PasswordProblem[] = [];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: "too_short", message: `must be at least ${PASSWORD_MIN_LENGTH} characters long` });
  }
  if (characters.length > PASSWORD_MAX_LENGTH) {
    problems.push({ code: "too_long", message: `must be at most ${PASSWORD_MAX_LENGTH} characters long` });
  }
  if (characters.length > 0 && new Set(characters).size === 1) {
    problems.push({ code: "one_repeated_character", message: "must not be one character repeated" });
  }
  if (context.email && password.trim().toLowerCase() === context.email.trim().toLowerCase()) {
    problems.push({ code: "same_as_email", message: "must not be your email address" });
  }
  return problems;
}

/** A new password broke the rules; `problems` lists each one so the form can show them all at once. */
export class WeakPasswordError extends Error {
  override readonly name = "WeakPasswordError";
  readonly code = "PENNY_PASSWORD_WEAK";

  constructor(readonly problems: PasswordProblem[]) {
    super(`Choose another password: it ${problems.map((problem) => problem.message).join("; it ")}.`);
  }
}
