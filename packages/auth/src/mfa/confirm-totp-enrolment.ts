import type { Database } from "@penny/db";
import { issueRecoveryCodes } from "./issue-recovery-codes.ts";
import { MfaAlreadyEnrolledError } from "./mfa-already-enrolled-error.ts";
import { MfaCodeInvalidError } from "./mfa-code-invalid-error.ts";
import { MfaEnrolmentNotStartedError } from "./mfa-enrolment-not-started-error.ts";
import { confirmFactor, listFactors, lockUserForMfa } from "./mfa-store.ts";
import { openTotpSecret } from "./sealed-totp-secret.ts";
import { matchTotpStep } from "./totp.ts";

export interface ConfirmTotpEnrolmentOptions {
  userId: string;
  /** The code the authenticator app shows now. */
  code: string;
  /** The clock to check the code against; the real one unless a test fixes it. */
  now?: Date;
}

/**
 * Finishes TOTP set-up once the user proves their app produces correct codes, and hands out the recovery codes
 * (shown once). The confirming code's step is recorded, so the same code cannot then also pass a sign-in.
 * Throws MfaCodeInvalidError on a wrong code, MfaEnrolmentNotStartedError without a set-up in progress, and
 * MfaAlreadyEnrolledError when a factor is already confirmed.
 */
export async function confirmTotpEnrolment(
  database: Database,
  masterKey: Buffer,
  options: ConfirmTotpEnrolmentOptions,
): Promise<{ recoveryCodes: string[] }> {
  const { userId } = options;
  const now = options.now ?? new Date();
  return database.withPlatform(async (tx) => {
    await lockUserForMfa(tx, userId);
    const factors = await listFactors(tx, userId);
    if (factors.some((factor) => factor.confirmedAt !== null)) throw new MfaAlreadyEnrolledError();
    const pending = factors.at(-1);
    if (!pending) throw new MfaEnrolmentNotStartedError();
    const step = await matchTotpStep({
      secret: openTotpSecret(masterKey, userId, pending),
      code: options.code.replace(/\s/g, ""),
      now,
      afterStep: null,
    });
    if (step === null) throw new MfaCodeInvalidError();
    await confirmFactor(tx, { factorId: pending.id, step, now });
    return { recoveryCodes: await issueRecoveryCodes(tx, userId) };
  });
}
