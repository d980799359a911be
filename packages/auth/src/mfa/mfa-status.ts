import type { Database } from "@penny/db";
import { countUnusedRecoveryCodes, findConfirmedFactor } from "./mfa-store.ts";

/** What the account page shows about a user's second factor. */
export interface MfaStatus {
  /** Whether a confirmed factor exists; an unfinished set-up does not count. */
  enrolled: boolean;
  confirmedAt: Date | null;
  /** Unused recovery codes, so the page can urge the user to make new ones before running out. */
  recoveryCodesLeft: number;
}

/** The user's two-factor state. */
export async function mfaStatus(database: Database, userId: string): Promise<MfaStatus> {
  return database.withPlatform(async (tx) => {
    const factor = await findConfirmedFactor(tx, userId);
    return {
      enrolled: factor !== undefined,
      confirmedAt: factor?.confirmedAt ?? null,
      recoveryCodesLeft: factor ? await countUnusedRecoveryCodes(tx, userId) : 0,
    };
  });
}
