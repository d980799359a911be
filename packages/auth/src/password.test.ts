import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("verifies the password it hashed", async () => {
    const passwordHash = await hashPassword("correct horse battery staple");
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(passwordHash, "correct horse battery staple")).resolves.toBe(true);
  });

  it("rejects a wrong password", async () => {
    const passwordHash = await hashPassword("correct horse battery staple");
    await expect(verifyPassword(passwordHash, "correct horse battery stable")).resolves.toBe(false);
    await expect(verifyPassword(passwordHash, "")).resolves.toBe(false);
  });

  it("salts every hash, so one password hashes differently twice", async () => {
    const first = await hashPassword("same password");
    const second = await hashPassword("same password");
    expect(first).not.toBe(second);
    await expect(verifyPassword(second, "same password")).resolves.toBe(true);
  });

  it("throws on a stored hash that is not an argon2 string", async () => {
    await expect(verifyPassword("not-a-hash", "anything")).rejects.toThrow();
  });
});
