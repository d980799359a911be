/** Why the blob store could not do its work; each reason names what an operator should look at. */
export type BlobStoreFailureReason = "bucket-missing" | "access-denied" | "unreachable" | "failed";

/**
 * The blob store's backing service refused or failed a request (a missing bucket, refused credentials, an endpoint
 * that does not answer). The message is for the operator's log: it names the bucket and endpoint, never a secret.
 */
export class BlobStoreUnavailableError extends Error {
  override readonly name = "BlobStoreUnavailableError";
  readonly code = "PENNY_BLOB_STORE_UNAVAILABLE";
  constructor(
    readonly reason: BlobStoreFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
