import type { Database } from "@penny/db";
import { deleteAllMfa, lockUserForMfa } from "./mfa-store.ts";

/**
 * Turns two-factor sign-in off: deletes the user's factors, finished or not, and all recovery codes, so a later
 * set-up starts clean. `disabled` is false when there was no confirmed factor (calling twice is harmless).
 * Whether the user may do this (a fresh second factor, a tenant that requires MFA) is the caller's decision.
 */
export async function disableMfa(
  database: Database,
  options: { userId: string },
): Promise<{ disabled: boolean }> {
  return database.withPlatform(async (tx) => {
    await lockUserForMfa(tx, options.userId);
    return { disabled: (await deleteAllMfa(tx, options.userId)) > 0 };
  });
}
