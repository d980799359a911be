import type { Database } from "@penny/db";
import { issueRecoveryCodes } from "./issue-recovery-codes.ts";
import { MfaNotEnrolledError } from "./mfa-not-enrolled-error.ts";
import { findConfirmedFactor, lockUserForMfa } from "./mfa-store.ts";

/**
 * Replaces all of the user's recovery codes with a fresh set (shown once): for a user running low, or one who
 * fears the old list was seen. Every old code stops working. Throws MfaNotEnrolledError without a confirmed factor.
 */
export async function regenerateRecoveryCodes(
  database: Database,
  options: { userId: string },
): Promise<{ recoveryCodes: string[] }> {
  return database.withPlatform(async (tx) => {
    await lockUserForMfa(tx, options.userId);
    if (!(await findConfirmedFactor(tx, options.userId))) throw new MfaNotEnrolledError();
    return { recoveryCodes: await issueRecoveryCodes(tx, options.userId) };
  });
}
