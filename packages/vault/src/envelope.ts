import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { VaultDecryptError } from "./vault-decrypt-error.ts";

/** A secret sealed for storage: both parts are needed, and only the master key opens the data key. */
export interface SealedSecret {
  ciphertext: Buffer;
  encryptedDataKey: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Envelope encryption with AES-256-GCM: each secret gets its own random data key; the data key is sealed with
 * the master key. Rotating the master key then means re-sealing data keys, not re-encrypting every secret.
 * `context` (e.g. the tenant id and secret name) is bound as additional data, so a sealed value copied to another
 * row or tenant does not open.
 */
export function sealSecret(masterKey: Buffer, plaintext: string | Buffer, context: string): SealedSecret {
  const dataKey = randomBytes(32);
  return {
    ciphertext: seal(dataKey, Buffer.from(plaintext), context),
    encryptedDataKey: seal(masterKey, dataKey, `data-key:${context}`),
  };
}

/** Opens a sealed secret; throws VaultDecryptError on a wrong key, a wrong context or tampered bytes. */
export function openSecret(masterKey: Buffer, sealed: SealedSecret, context: string): Buffer {
  const dataKey = open(masterKey, sealed.encryptedDataKey, `data-key:${context}`);
  return open(dataKey, sealed.ciphertext, context);
}

function seal(key: Buffer, plaintext: Buffer, context: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, context: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new VaultDecryptError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new VaultDecryptError();
  }
}
