import { openSecret, sealSecret } from "@penny/vault";

/** The sealed form of a TOTP secret, as the `mfa_factors` columns hold it. */
export interface SealedTotpSecret {
  secretCiphertext: Buffer;
  encryptedDataKey: Buffer;
}

/** Binding the user id as the vault context means a sealed secret copied onto another user's factor won't open. */
const vaultContext = (userId: string) => `mfa:${userId}`;

/** Seals a TOTP secret for storage; the plaintext never reaches the database. */
export function sealTotpSecret(masterKey: Buffer, userId: string, secret: string): SealedTotpSecret {
  const sealed = sealSecret(masterKey, secret, vaultContext(userId));
  return { secretCiphertext: sealed.ciphertext, encryptedDataKey: sealed.encryptedDataKey };
}

/** Opens a stored TOTP secret; throws VaultDecryptError on a wrong master key or altered bytes. */
export function openTotpSecret(masterKey: Buffer, userId: string, sealed: SealedTotpSecret): string {
  return openSecret(
    masterKey,
    { ciphertext: sealed.secretCiphertext, encryptedDataKey: sealed.encryptedDataKey },
    vaultContext(userId),
  ).toString("utf8");
}
