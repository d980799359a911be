import type { Database } from "@penny/db";
import { MfaCodeInvalidError } from "./mfa-code-invalid-error.ts";
import { MfaNotEnrolledError } from "./mfa-not-enrolled-error.ts";
import { advanceLastUsedStep, findConfirmedFactor, useRecoveryCode } from "./mfa-store.ts";
import { recoveryCodeHash } from "./recovery-codes.ts";
import { openTotpSecret } from "./sealed-totp-secret.ts";
import { isTotpCode, matchTotpStep } from "./totp.ts";

export interface VerifySecondFactorOptions {
  userId: string;
  /** A code from the authenticator app or one of the recovery codes; spaces are ignored. */
  code: string;
  /** The clock to check a TOTP code against; the real one unless a test fixes it. */
  now?: Date;
}

/** Which kind of code passed; a used recovery code is worth telling the user (and the audit log) about. */
export type SecondFactorMethod = "totp" | "recovery_code";

/**
 * Checks a second factor: a TOTP code within one step of now that is newer than the last one accepted, or an
 * unused recovery code, which is then spent. Both are recorded with a conditional update, so two requests racing
 * with one code cannot both pass. Throws MfaCodeInvalidError (for every kind of failure alike) or
 * MfaNotEnrolledError when the user has no confirmed factor.
 */
export async function verifySecondFactor(
  database: Database,
  masterKey: Buffer,
  options: VerifySecondFactorOptions,
): Promise<{ method: SecondFactorMethod }> {
  const { userId } = options;
  const code = options.code.replace(/\s/g, "");
  const now = options.now ?? new Date();
  return database.withPlatform(async (tx) => {
    const factor = await findConfirmedFactor(tx, userId);
    if (!factor) throw new MfaNotEnrolledError();
    if (isTotpCode(code)) {
      const step = await matchTotpStep({
        secret: openTotpSecret(masterKey, userId, factor),
        code,
        now,
        afterStep: factor.lastUsedStep,
      });
      if (step !== null && (await advanceLastUsedStep(tx, { factorId: factor.id, step }))) {
        return { method: "totp" };
      }
      throw new MfaCodeInvalidError();
    }
    const codeHash = recoveryCodeHash(userId, code);
    if (codeHash && (await useRecoveryCode(tx, { userId, codeHash, now }))) {
      return { method: "recovery_code" };
    }
    throw new MfaCodeInvalidError();
  });
}
