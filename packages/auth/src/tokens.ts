import { createHash, randomBytes } from "node:crypto";

/** A fresh secret token (shown to its owner once) and the SHA-256 hex hash that is stored in its place. */
export function newSecretToken(prefix = ""): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token) };
}

/** Tokens are long random values, so a fast hash is enough: there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
