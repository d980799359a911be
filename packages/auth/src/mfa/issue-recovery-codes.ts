import type { Tx } from "@penny/db";
import { replaceRecoveryCodes } from "./mfa-store.ts";
import { newRecoveryCodes } from "./recovery-codes.ts";

/**
 * Replaces the user's recovery codes with a fresh set inside `tx` and returns the plain codes, which exist only
 * in this return value: the database keeps their hashes.
 */
export async function issueRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const { codes, codeHashes } = newRecoveryCodes(userId);
  await replaceRecoveryCodes(tx, { userId, codeHashes });
  return codes;
}
