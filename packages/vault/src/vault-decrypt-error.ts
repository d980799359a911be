/** A sealed secret did not open: wrong master key, wrong context, or the stored bytes were altered. */
export class VaultDecryptError extends Error {
  override readonly name = "VaultDecryptError";
  readonly code = "PENNY_VAULT_DECRYPT_FAILED";
  constructor() {
    super("A stored secret could not be decrypted: the master key is wrong or the stored value was altered.");
  }
}
