import { createHash } from "node:crypto";
import { BlobKeyInvalidError } from "./errors/blob-key-invalid-error.ts";

const BLOB_KEY = /^[0-9a-f]{64}$/;

/** The content address of `bytes`: their SHA-256 in lowercase hex. */
export function blobKeyOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Throws BlobKeyInvalidError unless `key` is a lowercase hex SHA-256, so no key can carry a path. */
export function assertBlobKey(key: string): void {
  if (typeof key !== "string" || !BLOB_KEY.test(key)) throw new BlobKeyInvalidError(String(key));
}
