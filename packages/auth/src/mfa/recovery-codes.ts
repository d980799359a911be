import { createHash, randomInt } from "node:crypto";

/** Lower-case letters and digits without the look-alikes 0/o and 1/i/l, so a code copied from paper reads back. */
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const GROUP_LENGTH = 4;
const CODE_LENGTH = GROUP_LENGTH * 2;
const NORMALIZED_CODE = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

/** How many recovery codes a user gets at a time. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * Fresh, distinct recovery codes formatted `xxxx-xxxx` (about 40 bits each) to show the user once, and the
 * hashes to store in their place.
 */
export function newRecoveryCodes(
  userId: string,
  count = RECOVERY_CODE_COUNT,
): { codes: string[]; codeHashes: string[] } {
  const normalized = new Set<string>();
  while (normalized.size < count) {
    normalized.add(Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  }
  return {
    codes: [...normalized].map((code) => `${code.slice(0, GROUP_LENGTH)}-${code.slice(GROUP_LENGTH)}`),
    codeHashes: [...normalized].map((code) => hashNormalizedCode(userId, code)),
  };
}

/**
 * The stored hash of what a user typed (case, spaces and dashes ignored), or null when it cannot be a recovery
 * code at all.
 */
export function recoveryCodeHash(userId: string, input: string): string | null {
  const normalized = input.toLowerCase().replace(/[\s-]/g, "");
  return NORMALIZED_CODE.test(normalized) ? hashNormalizedCode(userId, normalized) : null;
}

/**
 * SHA-256 hex of the user id and the code. The user id is hashed in because `code_hash` is unique across all
 * users, and 40-bit codes would otherwise start colliding between users at about a million codes. A fast hash is
 * enough beside the argon2 password: a recovery code is only the second factor.
 */
function hashNormalizedCode(userId: string, normalizedCode: string): string {
  return createHash("sha256").update(`${userId}:${normalizedCode}`).digest("hex");
}
