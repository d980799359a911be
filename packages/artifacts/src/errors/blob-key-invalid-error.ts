/** A blob key that is not a lowercase hex SHA-256; refused before it can reach a file path. */
export class BlobKeyInvalidError extends Error {
  override readonly name = "BlobKeyInvalidError";
  readonly code = "PENNY_BLOB_KEY_INVALID";
  constructor(readonly key: string) {
    super(`"${key.slice(0, 80)}" is not a blob key (64 lowercase hex characters).`);
  }
}
