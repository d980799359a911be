import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./envelope.ts";
import { VaultDecryptError } from "./vault-decrypt-error.ts";

const masterKey = randomBytes(32);

describe("envelope encryption", () => {
  it("opens what it sealed, and never stores the plaintext", () => {
    const sealed = sealSecret(masterKey, "sk-live-123", "tenant-a/openai");
    expect(sealed.ciphertext.includes(Buffer.from("sk-live-123"))).toBe(false);
    expect(openSecret(masterKey, sealed, "tenant-a/openai").toString()).toBe("sk-live-123");
  });

  it("uses a fresh data key each time", () => {
    const first = sealSecret(masterKey, "same", "ctx");
    const second = sealSecret(masterKey, "same", "ctx");
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
    expect(first.encryptedDataKey.equals(second.encryptedDataKey)).toBe(false);
  });

  it.each([
    ["another master key", () => openSecret(randomBytes(32), sealSecret(masterKey, "x", "c"), "c")],
    ["another context", () => openSecret(masterKey, sealSecret(masterKey, "x", "tenant-a"), "tenant-b")],
    [
      "a flipped byte",
      () => {
        const sealed = sealSecret(masterKey, "secret value", "c");
        const last = sealed.ciphertext.length - 1;
        sealed.ciphertext.writeUInt8((sealed.ciphertext.readUInt8(last) ^ 1) & 0xff, last);
        return openSecret(masterKey, sealed, "c");
      },
    ],
    [
      "a truncated value",
      () => openSecret(masterKey, { ciphertext: Buffer.alloc(4), encryptedDataKey: Buffer.alloc(4) }, "c"),
    ],
  ])("refuses %s", (_, attempt) => {
    expect(attempt).toThrow(VaultDecryptError);
  });
});
