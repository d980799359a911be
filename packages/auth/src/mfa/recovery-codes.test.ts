import { describe, expect, it } from "vitest";
import { newRecoveryCodes, RECOVERY_CODE_COUNT, recoveryCodeHash } from "./recovery-codes.ts";

const userId = "00000000-0000-4000-8000-000000000001";
const otherUserId = "00000000-0000-4000-8000-000000000002";

describe("recovery codes", () => {
  it("makes ten distinct xxxx-xxxx codes without look-alike characters, with their hashes", () => {
    const { codes, codeHashes } = newRecoveryCodes(userId);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
    expect(codeHashes).toEqual(codes.map((code) => recoveryCodeHash(userId, code)));
    for (const hash of codeHashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hashes what the user typed regardless of case, spaces and dashes", () => {
    const hash = recoveryCodeHash(userId, "abcd-efgh");
    expect(recoveryCodeHash(userId, "ABCD EFGH")).toBe(hash);
    expect(recoveryCodeHash(userId, " abcdefgh ")).toBe(hash);
  });

  it("binds the hash to the user, so equal codes of two users never collide", () => {
    expect(recoveryCodeHash(userId, "abcd-efgh")).not.toBe(recoveryCodeHash(otherUserId, "abcd-efgh"));
  });

  it("returns null for input that cannot be a recovery code", () => {
    for (const input of ["", "abcd-efg", "abcd-efghj", "abcd-efg0", "ilo1-2345", "123456"]) {
      expect(recoveryCodeHash(userId, input)).toBeNull();
    }
  });
});
